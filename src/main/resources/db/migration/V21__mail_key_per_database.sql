-- The key that seals the mail server's password, one per database so that every workstation of a shared
-- PostgreSQL database can send once one of them saved the password (ADR 0029). A SQLite database keeps its key in
-- a file beside the database file instead, and leaves this table empty.
CREATE TABLE mail_key (
    id         INTEGER       NOT NULL PRIMARY KEY,
    key_value  VARCHAR(100)  NOT NULL,
    created_at TIMESTAMP     NOT NULL
);
