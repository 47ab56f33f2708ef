-- Accounts kept in the database: the admin's (configured or generated at first start). Hashes are in Spring
-- Security's "{id}hash" form.
create table account (
    username varchar(100) not null primary key,
    password_hash varchar(200) not null,
    updated_at timestamp with time zone not null
);
