-- The office's own settings, one row: what every workstation prints on letters (address, phone, email, website).
-- The logo's bytes are added by the engine-specific V13_1 (BLOB on SQLite, BYTEA on PostgreSQL).
CREATE TABLE office_settings (
    id            INTEGER       NOT NULL PRIMARY KEY,
    address_lines VARCHAR(500),
    phone         VARCHAR(40),
    email         VARCHAR(254),
    website       VARCHAR(300),
    logo_type     VARCHAR(40),
    updated_at    TIMESTAMP     NOT NULL
);
