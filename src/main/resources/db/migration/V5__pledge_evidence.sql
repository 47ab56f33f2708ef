-- A pledge's evidence beside its sentence's offsets: the span of its stance phrase and of the words naming its
-- actor, as offsets into the article's text. Nullable: rows stored before this, pledges an editor added, and
-- pledges whose actor is named in another sentence only have none. Portable SQL (H2 MODE=PostgreSQL, PG 15).
alter table troop_pledge add column stance_start integer;
alter table troop_pledge add column stance_end integer;
alter table troop_pledge add column actor_start integer;
alter table troop_pledge add column actor_end integer;
