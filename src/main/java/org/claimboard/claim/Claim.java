package org.claimboard.claim;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.claimboard.article.Article;
import org.claimboard.country.Country;
import org.claimboard.extraction.DatePrecision;
import org.claimboard.extraction.PartialDate;
import org.claimboard.extraction.YearSource;
import org.claimboard.model.BaseEntity;
import org.claimboard.outlet.Outlet;

/**
 * A sentence of an article that reports a position, plan, number or event: who said it (outlet, speaker),
 * which countries it concerns and when it happened, as far as the text tells.
 */
@Entity
@Table(name = "claim")
public class Claim extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "article_id", nullable = false)
    private Article article;

    @Column(name = "sentence_index", nullable = false)
    private int sentenceIndex;

    @Column(name = "start_offset", nullable = false)
    private int startOffset;

    @Column(name = "end_offset", nullable = false)
    private int endOffset;

    @Column(nullable = false)
    private String text;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "outlet_id")
    private Outlet outlet;

    @Column(length = 300)
    private String speaker;

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "claim_country", joinColumns = @JoinColumn(name = "claim_id"),
            inverseJoinColumns = @JoinColumn(name = "country_code"))
    private Set<Country> countries = new LinkedHashSet<>();

    /** The event's full date, when the text settles year, month and day. */
    @Column(name = "event_date")
    private LocalDate eventDate;

    @Column(name = "event_year")
    private Integer eventYear;

    @Column(name = "event_month")
    private Integer eventMonth;

    @Column(name = "event_day")
    private Integer eventDay;

    @Enumerated(EnumType.STRING)
    @Column(name = "date_precision", length = 16)
    private DatePrecision datePrecision;

    @Enumerated(EnumType.STRING)
    @Column(name = "year_source", length = 16)
    private YearSource yearSource;

    /** What lists sort and filter by: the event date when known, else the article's publication date. */
    @Column(name = "sort_date")
    private LocalDate sortDate;

    protected Claim() {
    }

    public Claim(Article article, int sentenceIndex, int startOffset, int endOffset, String text) {
        this.article = article;
        this.sentenceIndex = sentenceIndex;
        this.startOffset = startOffset;
        this.endOffset = endOffset;
        this.text = text;
        this.sortDate = article.getPublishedOn();
    }

    public void setOutlet(Outlet outlet) { this.outlet = outlet; }
    public void setSpeaker(String speaker) { this.speaker = speaker; }

    public void addCountry(Country country) {
        countries.add(country);
    }

    /** Sets the event date from what the text gave; a null date leaves the claim undated. */
    public void setEventDate(PartialDate date, YearSource source) {
        if (date == null) {
            return;
        }
        this.eventYear = date.year();
        this.eventMonth = date.month();
        this.eventDay = date.day();
        this.datePrecision = date.precision();
        this.yearSource = source;
        this.eventDate = safeLocalDate(date);
        if (eventDate != null) {
            this.sortDate = eventDate;
        }
    }

    private static LocalDate safeLocalDate(PartialDate date) {
        try {
            return date.toLocalDate();
        } catch (java.time.DateTimeException impossible) {
            return null; // "31 February": keep the parts, no calendar date
        }
    }

    /** The event date as the text gave it, or null. */
    public PartialDate getPartialDate() {
        return eventMonth == null && eventYear == null ? null : new PartialDate(eventYear, eventMonth, eventDay);
    }

    public Article getArticle() { return article; }
    public int getSentenceIndex() { return sentenceIndex; }
    public int getStartOffset() { return startOffset; }
    public int getEndOffset() { return endOffset; }
    public String getText() { return text; }
    public Outlet getOutlet() { return outlet; }
    public String getSpeaker() { return speaker; }
    public Set<Country> getCountries() { return countries; }
    public LocalDate getEventDate() { return eventDate; }
    public Integer getEventYear() { return eventYear; }
    public Integer getEventMonth() { return eventMonth; }
    public Integer getEventDay() { return eventDay; }
    public DatePrecision getDatePrecision() { return datePrecision; }
    public YearSource getYearSource() { return yearSource; }
    public LocalDate getSortDate() { return sortDate; }
}
