-- The people who use this application, their role and their password (Argon2id PHC string).

CREATE TABLE staff_user (
    id                   BIGINT       NOT NULL PRIMARY KEY,
    username             VARCHAR(60)  NOT NULL,
    username_key         VARCHAR(60)  NOT NULL,
    full_name            VARCHAR(200) NOT NULL,
    role                 VARCHAR(20)  NOT NULL,
    password_hash        VARCHAR(200) NOT NULL,
    active               BOOLEAN      NOT NULL,
    must_change_password BOOLEAN      NOT NULL,
    failed_attempts      INTEGER      NOT NULL,
    locked_until         TIMESTAMP,
    last_sign_in_at      TIMESTAMP,
    created_at           TIMESTAMP    NOT NULL,
    updated_at           TIMESTAMP    NOT NULL
);

CREATE UNIQUE INDEX staff_user_unique_username ON staff_user (username_key);
