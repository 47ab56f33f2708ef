-- Near copies (syndicated articles): each article keeps its MinHash fingerprint, and its signature cut into
-- locality-sensitive-hashing bands. Articles sharing a band hash are candidates, found by the primary-key index
-- instead of comparing with every stored article; the fingerprints then confirm or reject them.
-- near_copy_of points from a copy to the original it repeats (the earlier article); originals hold null.
-- Portable SQL: H2 2.x (MODE=PostgreSQL) and PostgreSQL 15.

alter table article add column fingerprint varchar(800);
alter table article add column near_copy_of bigint;
alter table article add constraint fk_article_near_copy_of
    foreign key (near_copy_of) references article (id) on delete set null;
create index ix_article_near_copy_of on article (near_copy_of);

create table article_band (
    band_hash bigint not null,
    article_id bigint not null,
    primary key (band_hash, article_id),
    constraint fk_article_band_article foreign key (article_id) references article (id) on delete cascade
);
create index ix_article_band_article on article_band (article_id);
