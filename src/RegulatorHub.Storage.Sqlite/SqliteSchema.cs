namespace RegulatorHub.Storage.Sqlite;

/// <summary>The embedded store's schema. Bump <see cref="Version"/> and add a migration step when it changes.</summary>
internal static class SqliteSchema
{
    public const int Version = 8;

    // The cross-channel index leads with the date: feeds arrive roughly in time order, so new entries land at the
    // index's right edge and a batch dirties few pages (leading with the random pseudonym cut inserts by half).
    // Dates are kept as integers (yyyymmdd in the source's own time zone) so range filters and grouping by day
    // use the index directly; instants as Unix milliseconds plus the source's offset so they round-trip.
    public const string Create = """
        CREATE TABLE IF NOT EXISTS complaints (
            id                  INTEGER PRIMARY KEY,
            source              TEXT    NOT NULL,
            source_case_id      TEXT    NOT NULL,
            source_kind         INTEGER NOT NULL,
            received_at_ms      INTEGER NOT NULL,
            received_offset_min INTEGER NOT NULL,
            received_date       INTEGER NOT NULL,
            channel             INTEGER NOT NULL,
            subject             TEXT    NOT NULL,
            issue               TEXT    NOT NULL,
            source_category     TEXT,
            source_issue        TEXT,
            consumer_region     TEXT,
            consumer_province   TEXT,
            merchant_key        TEXT,
            platform            TEXT,
            order_ref           TEXT,
            amount_minor        INTEGER,
            currency            TEXT,
            narrative           TEXT,
            personal_data_removed TEXT,
            complainant         TEXT,
            status              INTEGER NOT NULL,
            outcome             INTEGER,
            likely_duplicate_of INTEGER,
            UNIQUE (source, source_case_id)
        );
        CREATE INDEX IF NOT EXISTS ix_complaints_received_date ON complaints (received_date);
        CREATE INDEX IF NOT EXISTS ix_complaints_cross_channel ON complaints (received_date, complainant, merchant_key)
            WHERE complainant IS NOT NULL AND merchant_key IS NOT NULL;

        CREATE TABLE IF NOT EXISTS merchants (
            key    TEXT PRIMARY KEY,
            name   TEXT NOT NULL,
            region TEXT
        ) WITHOUT ROWID;
        CREATE INDEX IF NOT EXISTS ix_merchants_region ON merchants (region);

        """ + ListingIndex + """

        CREATE TABLE IF NOT EXISTS quarantine (
            id              INTEGER PRIMARY KEY,
            quarantined_at  INTEGER NOT NULL,
            message_id      TEXT,
            source          TEXT,
            source_case_id  TEXT,
            reason          TEXT    NOT NULL,
            errors          TEXT    NOT NULL,
            payload         BLOB    NOT NULL
        );
        CREATE INDEX IF NOT EXISTS ix_quarantine_reason ON quarantine (reason);

        CREATE TABLE IF NOT EXISTS metadata (
            key   TEXT PRIMARY KEY,
            value TEXT NOT NULL
        ) WITHOUT ROWID;
        """ + CreateAudit + CreateAccounts + CreateReferrals + CreateApiTokens + CreateExports;

    // The audit trail: entries keyed by their sequence (so a second entry with one sequence cannot be stored) and the
    // head checkpoint in a one-row table, both written in the append's transaction. STRICT so an edited value keeps
    // its column's type and a tampered row still reads (and then fails verification) instead of failing to load.
    // Times are UTC ticks; the action is stored by name, as the chain hashes it.
    public const string CreateAudit = """

        CREATE TABLE IF NOT EXISTS audit_log (
            sequence      INTEGER PRIMARY KEY,
            at_ticks      INTEGER NOT NULL,
            actor         TEXT    NOT NULL,
            agency_id     TEXT,
            role          TEXT,
            action        TEXT    NOT NULL,
            target        TEXT    NOT NULL,
            outcome       TEXT    NOT NULL,
            purpose       TEXT,
            detail        TEXT,
            previous_hash TEXT    NOT NULL,
            hash          TEXT    NOT NULL
        ) STRICT;
        CREATE INDEX IF NOT EXISTS ix_audit_log_actor ON audit_log (actor, sequence);
        CREATE INDEX IF NOT EXISTS ix_audit_log_agency ON audit_log (agency_id, sequence);
        CREATE INDEX IF NOT EXISTS ix_audit_log_action ON audit_log (action, sequence);
        CREATE INDEX IF NOT EXISTS ix_audit_log_at ON audit_log (at_ticks);

        CREATE TABLE IF NOT EXISTS audit_head (
            id       INTEGER PRIMARY KEY CHECK (id = 1),
            sequence INTEGER NOT NULL,
            hash     TEXT    NOT NULL
        ) STRICT;
        """;

    // Local accounts for the dashboard's sign-in; user names are unique in their normalized (lower-case) form.
    public const string CreateAccounts = """

        CREATE TABLE IF NOT EXISTS accounts (
            id              TEXT PRIMARY KEY,
            user_name       TEXT    NOT NULL,
            normalized_name TEXT    NOT NULL UNIQUE,
            display_name    TEXT    NOT NULL,
            role            TEXT    NOT NULL,
            agency_id       TEXT    NOT NULL,
            password_hash   TEXT    NOT NULL,
            disabled        INTEGER NOT NULL DEFAULT 0
        ) WITHOUT ROWID;
        """;

    // Referrals between agencies: one row per referral, its history as a JSON array (the referral-event/v1 form) and
    // the version (event count) in a column so a save is one UPDATE ... WHERE version = expected. Listings are keyset
    // pages on (updated_at_ms, id), one index per direction; the merchant and unpublished indexes are partial, as only
    // open and unpublished rows are looked up. A rowid table because rows with histories and narratives are large.
    public const string CreateReferrals = """

        CREATE TABLE IF NOT EXISTS referrals (
            id                TEXT    PRIMARY KEY,
            version           INTEGER NOT NULL,
            published_version INTEGER NOT NULL DEFAULT 0,
            complaint_source  TEXT    NOT NULL,
            complaint_case_id TEXT    NOT NULL,
            merchant_key      TEXT,
            from_agency       TEXT    NOT NULL,
            to_agency         TEXT    NOT NULL,
            state             TEXT    NOT NULL,
            is_open           INTEGER NOT NULL,
            created_at_ms     INTEGER NOT NULL,
            updated_at_ms     INTEGER NOT NULL,
            origin_instance   TEXT    NOT NULL,
            events            TEXT    NOT NULL,
            snapshot          TEXT    NOT NULL
        );
        CREATE INDEX IF NOT EXISTS ix_referrals_inbox ON referrals (to_agency, updated_at_ms, id);
        CREATE INDEX IF NOT EXISTS ix_referrals_outbox ON referrals (from_agency, updated_at_ms, id);
        CREATE INDEX IF NOT EXISTS ix_referrals_complaint ON referrals (complaint_source, complaint_case_id);
        CREATE INDEX IF NOT EXISTS ix_referrals_open_merchant ON referrals (merchant_key) WHERE is_open = 1 AND merchant_key IS NOT NULL;
        CREATE INDEX IF NOT EXISTS ix_referrals_unpublished ON referrals (updated_at_ms) WHERE published_version < version;
        """;

    // Personal API tokens: only the SHA-256 hash of a secret is kept, unique, and a request's token is found by it.
    // Times are UTC ticks; listings are by owner, newest first.
    public const string CreateApiTokens = """

        CREATE TABLE IF NOT EXISTS api_tokens (
            id              TEXT    PRIMARY KEY,
            owner           TEXT    NOT NULL,
            name            TEXT    NOT NULL,
            hash            TEXT    NOT NULL UNIQUE,
            prefix          TEXT    NOT NULL,
            created_ticks   INTEGER NOT NULL,
            expires_ticks   INTEGER NOT NULL,
            revoked_ticks   INTEGER,
            last_used_ticks INTEGER
        ) STRICT;
        CREATE INDEX IF NOT EXISTS ix_api_tokens_owner ON api_tokens (owner, created_ticks);
        """;

    // Saved statistics definitions and the export history, both keyed by (owner, id) so one owner's ids never meet
    // another's. Definition names are unique per owner in their normalized (lower-case) form. Days are day numbers,
    // times UTC ticks.
    public const string CreateExports = """

        CREATE TABLE IF NOT EXISTS statistics_definitions (
            owner           TEXT    NOT NULL,
            id              TEXT    NOT NULL,
            name            TEXT    NOT NULL,
            normalized_name TEXT    NOT NULL,
            definition      TEXT    NOT NULL,
            created_ticks   INTEGER NOT NULL,
            updated_ticks   INTEGER NOT NULL,
            PRIMARY KEY (owner, id),
            UNIQUE (owner, normalized_name)
        ) STRICT;
        CREATE INDEX IF NOT EXISTS ix_statistics_definitions_updated ON statistics_definitions (owner, updated_ticks);

        CREATE TABLE IF NOT EXISTS export_history (
            owner            TEXT    NOT NULL,
            id               TEXT    NOT NULL,
            kind             TEXT    NOT NULL,
            format           TEXT    NOT NULL,
            file_name        TEXT    NOT NULL,
            definition       TEXT    NOT NULL,
            watermark        TEXT,
            data_from        INTEGER,
            data_to          INTEGER,
            generated_ticks  INTEGER NOT NULL,
            row_count        INTEGER NOT NULL,
            cell_count       INTEGER,
            suppressed_cells INTEGER,
            suppression_rule TEXT,
            software_version TEXT    NOT NULL,
            sha256           TEXT,
            agency           TEXT,
            PRIMARY KEY (owner, id)
        ) STRICT;
        CREATE INDEX IF NOT EXISTS ix_export_history_generated ON export_history (owner, generated_ticks);
        """;

    public const string InsertComplaint = """
        INSERT INTO complaints (source, source_case_id, source_kind, received_at_ms, received_offset_min, received_date,
            channel, subject, issue, source_category, source_issue, consumer_region, consumer_province, merchant_key,
            platform, order_ref, amount_minor, currency, narrative, personal_data_removed, complainant, status, outcome,
            likely_duplicate_of)
        VALUES ($source, $case, $kind, $at, $offset, $date, $channel, $subject, $issue, $scat, $sissue, $region, $province,
            $merchant, $platform, $order, $amount, $currency, $narrative, $removed, $complainant, $status, $outcome, $dup)
        ON CONFLICT (source, source_case_id) DO NOTHING
        """;

    // Complaint listings by jurisdiction (IComplaintStore.ListAsync), newest first: one covering index that leads with
    // the received day, so a listing reads it backwards from the newest day (or the date range's end), keeping the rows
    // whose consumer region or merchant is in the jurisdiction, and stops when the page is full; the table is read only
    // for the page's rows. Leading with the day keeps inserts at the index's right edge: an index leading with the
    // region instead is written all over on every batch, which made ingestion four times slower.
    public const string ListingIndex = """
        CREATE INDEX IF NOT EXISTS ix_complaints_listing ON complaints (received_date, consumer_region, merchant_key, subject);
        """;

    /// <summary>Steps that bring a database at version <c>key - 1</c> to version <c>key</c>.</summary>
    public static readonly IReadOnlyDictionary<int, string> Migrations = new Dictionary<int, string>
    {
        // 2: what the scrubber removed, per kind ("mobile:2,address:1"); NULL when nothing.
        [2] = "ALTER TABLE complaints ADD COLUMN personal_data_removed TEXT",

        // 3: the audit trail (entries and head checkpoint).
        [3] = CreateAudit,

        // 4: local accounts for the dashboard's sign-in.
        [4] = CreateAccounts,

        // 5: the index for complaint listings by jurisdiction (additive; a few seconds on a million complaints). The small
        // merchants-by-region index comes with Create, which runs after the steps and creates what is missing.
        [5] = ListingIndex,

        // 6: referrals between agencies.
        [6] = CreateReferrals,

        // 7: personal API tokens.
        [7] = CreateApiTokens,

        // 8: saved statistics definitions and the export history.
        [8] = CreateExports,
    };

    public const string FindCrossChannel = """
        SELECT id FROM complaints
        WHERE complainant = $complainant AND merchant_key = $merchant AND received_date = $date
          AND NOT (source = $source AND source_case_id = $case)
        ORDER BY id LIMIT 1
        """;

    public const string InsertMerchant = "INSERT INTO merchants (key, name, region) VALUES ($key, $name, $region) ON CONFLICT (key) DO NOTHING";
}
