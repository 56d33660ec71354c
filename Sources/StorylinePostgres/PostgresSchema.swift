/// The archive's schema on PostgreSQL, as numbered migrations: a new Storyline appends migrations, never edits
/// released ones. ``PostgresMigrator`` applies the missing ones under an advisory lock and records each in
/// `storyline_migrations`.
///
/// The tables mirror the SQLite backend's, with PostgreSQL types (`date`, `jsonb`, `bytea`, identity columns) and
/// full-text search through stored, generated `tsvector` columns (English stemming; title weighted above text)
/// indexed by GIN.
enum PostgresSchema {
    /// One migration: its version, a name, and its statements (run in one transaction).
    struct Migration: Sendable {
        let version: Int
        let name: String
        let statements: [String]
    }

    /// Every migration, in version order.
    static let migrations: [Migration] = [
        Migration(version: 1, name: "archive", statements: version1),
        Migration(version: 2, name: "state-checkpoints", statements: version2),
        Migration(version: 3, name: "quote-speakers", statements: version3),
    ]

    /// The newest schema version this program knows.
    static var latestVersion: Int { migrations.last?.version ?? 0 }

    /// The text a `tsvector` is built from is cut here: PostgreSQL caps one `tsvector` at 1 MB, far above any news
    /// article, and a pathological input must not make its whole batch fail.
    static let indexedTextLimit = 400_000

    /// Articles, copies, events, storylines, quotes, entities, the analysis state and the batch log.
    static let version1: [String] = [
        """
        CREATE TABLE ingest_batches (
            id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            committed_at timestamptz NOT NULL DEFAULT now(),
            articles integer NOT NULL,
            writer text NOT NULL DEFAULT current_setting('application_name') || ':' || pg_backend_pid()
        )
        """,
        """
        CREATE TABLE articles (
            seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            id text NOT NULL UNIQUE,
            title text,
            text text NOT NULL,
            explicit_date date,
            date date,
            date_source text,
            date_from date,
            date_to date,
            date_evidence jsonb NOT NULL DEFAULT '[]',
            source text NOT NULL,
            url text,
            outlet text,
            words integer NOT NULL,
            content_hash text NOT NULL UNIQUE,
            event_id text,
            batch_id bigint NOT NULL REFERENCES ingest_batches (id),
            search tsvector GENERATED ALWAYS AS (
                setweight(to_tsvector('english', coalesce(title, '')), 'A')
                || setweight(to_tsvector('english', left(text, \(indexedTextLimit))), 'B')
            ) STORED
        )
        """,
        "CREATE INDEX articles_by_date ON articles (date DESC NULLS LAST, seq DESC)",
        "CREATE INDEX articles_by_event ON articles (event_id)",
        "CREATE INDEX articles_search ON articles USING gin (search)",
        """
        CREATE TABLE copies (
            a text NOT NULL,
            b text NOT NULL,
            kind text NOT NULL,
            score double precision NOT NULL,
            explanation jsonb NOT NULL,
            PRIMARY KEY (a, b)
        )
        """,
        "CREATE INDEX copies_by_b ON copies (b)",
        """
        CREATE TABLE events (
            id text PRIMARY KEY,
            seq integer NOT NULL,
            title text NOT NULL,
            date date,
            storyline_id text,
            article_count integer NOT NULL
        )
        """,
        "CREATE INDEX events_by_storyline ON events (storyline_id)",
        "CREATE INDEX events_by_date ON events (date DESC NULLS LAST, seq DESC)",
        """
        CREATE TABLE storylines (
            id text PRIMARY KEY,
            seq integer NOT NULL,
            title text NOT NULL,
            span_from date,
            span_to date,
            event_ids jsonb NOT NULL,
            event_count integer NOT NULL
        )
        """,
        "CREATE INDEX storylines_by_size ON storylines (event_count DESC, span_to DESC NULLS LAST, seq)",
        """
        CREATE TABLE quotes (
            id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            article_id text NOT NULL,
            sentence integer NOT NULL,
            text text NOT NULL,
            speaker text,
            verb text,
            search tsvector GENERATED ALWAYS AS (
                setweight(to_tsvector('english', left(text, \(indexedTextLimit))), 'A')
                || setweight(to_tsvector('english', coalesce(speaker, '')), 'B')
            ) STORED
        )
        """,
        "CREATE INDEX quotes_by_article ON quotes (article_id, sentence)",
        "CREATE INDEX quotes_search ON quotes USING gin (search)",
        """
        CREATE TABLE entities (
            id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            name text NOT NULL,
            type text NOT NULL,
            UNIQUE (name, type)
        )
        """,
        """
        CREATE TABLE entity_mentions (
            entity_id bigint NOT NULL REFERENCES entities (id),
            article_id text NOT NULL,
            mentions integer NOT NULL,
            PRIMARY KEY (entity_id, article_id)
        )
        """,
        "CREATE INDEX entity_mentions_by_article ON entity_mentions (article_id)",
        """
        CREATE TABLE analysis_state (
            id integer PRIMARY KEY CHECK (id = 1),
            version bigint NOT NULL,
            copy_index bytea NOT NULL,
            event_state bytea NOT NULL,
            updated_at timestamptz NOT NULL DEFAULT now()
        )
        """,
    ]

    /// The state is saved whole only at checkpoints; `checkpoint_seq` is the last article row folded into the
    /// saved one (every stored article, for an archive saved before this migration) and later rows are replayed on
    /// it. `token` changes with every committed batch, which records it, so a process can tell a committed state it
    /// holds from one a rolled-back batch left in its memory.
    static let version2: [String] = [
        """
        ALTER TABLE analysis_state ADD COLUMN token text NOT NULL DEFAULT md5(random()::text),
            ADD COLUMN checkpoint_seq bigint NOT NULL DEFAULT 0
        """,
        "UPDATE analysis_state SET checkpoint_seq = (SELECT coalesce(max(seq), 0) FROM articles)",
        "ALTER TABLE ingest_batches ADD COLUMN token text",
        "CREATE INDEX ingest_batches_by_token ON ingest_batches (token)",
        // A bare surname in a new article is looked up by equality, not by `LIKE '% Surname'` over every person.
        "ALTER TABLE entities ADD COLUMN surname text",
        """
        UPDATE entities SET surname = nullif(substring(name from ' ([^ ]*)$'), '')
        WHERE type = 'person'
        """,
        "CREATE INDEX entities_by_surname ON entities (surname) WHERE surname IS NOT NULL",
        // The checkpoint in parts (StateChunks): no PostgreSQL field holds 1 GB or more.
        """
        CREATE TABLE analysis_chunks (
            name text NOT NULL,
            part integer NOT NULL,
            bytes bytea NOT NULL,
            PRIMARY KEY (name, part)
        )
        """,
        "INSERT INTO analysis_chunks (name, part, bytes) SELECT 'copy_index', 0, copy_index FROM analysis_state",
        "INSERT INTO analysis_chunks (name, part, bytes) SELECT 'event_state', 0, event_state FROM analysis_state",
        "UPDATE analysis_state SET copy_index = '', event_state = ''",
    ]

    /// Quotes indexed by speaker: a person stored by a surname alone is renamed when a later batch brings the full
    /// name (``IngestBatch/renamedPeople``), and their quotes are found by equality, not by a scan of every quote.
    static let version3: [String] = [
        "CREATE INDEX quotes_by_speaker ON quotes (speaker)"
    ]
}
