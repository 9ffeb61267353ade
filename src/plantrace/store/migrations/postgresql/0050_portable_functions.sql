-- SQLite built-ins the store's queries use, defined with SQLite's meaning (see ../0050_portable_functions.sql).
CREATE OR REPLACE FUNCTION instr(haystack TEXT, needle TEXT) RETURNS BIGINT
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$ SELECT strpos(haystack, needle)::BIGINT $$;
