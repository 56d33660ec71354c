import GRDB
import StorylineStore

/// The archive's schema, as GRDB migrations: a new Storyline adds migrations, never edits released ones.
enum SQLiteSchema {
    /// Every migration, in order.
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1-archive") { db in
            try db.execute(sql: version1)
        }
        migrator.registerMigration("v2-state-checkpoints") { db in
            try db.execute(sql: version2)
            for row in try Row.fetchAll(db, sql: "SELECT id, name FROM entities WHERE type = 'person'") {
                guard let surname = IngestBatch.EntityRow.surname(of: row["name"]) else { continue }
                try db.execute(sql: "UPDATE entities SET surname = ? WHERE id = ?", arguments: [surname, row["id"]])
            }
        }
        return migrator
    }

    /// Articles with FTS5 over title and text; copies; events; storylines; quotes with FTS5; entities; the
    /// analysis state; the batch log. The FTS tables index the base tables through triggers (external content).
    static let version1 = """
        CREATE TABLE ingest_batches (
            id INTEGER PRIMARY KEY,
            committed_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
            articles INTEGER NOT NULL
        );
        CREATE TABLE articles (
            seq INTEGER PRIMARY KEY,
            id TEXT NOT NULL UNIQUE,
            title TEXT,
            text TEXT NOT NULL,
            explicit_date TEXT,
            date TEXT,
            date_source TEXT,
            date_from TEXT,
            date_to TEXT,
            date_evidence TEXT NOT NULL DEFAULT '[]',
            source TEXT NOT NULL,
            url TEXT,
            outlet TEXT,
            words INTEGER NOT NULL,
            content_hash TEXT NOT NULL UNIQUE,
            event_id TEXT,
            batch_id INTEGER NOT NULL REFERENCES ingest_batches(id)
        );
        CREATE INDEX articles_by_date ON articles(date DESC, seq DESC);
        CREATE INDEX articles_by_event ON articles(event_id);
        CREATE VIRTUAL TABLE articles_fts USING fts5(
            title, text, content='articles', content_rowid='seq', tokenize='porter unicode61 remove_diacritics 2'
        );
        CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
            INSERT INTO articles_fts(rowid, title, text) VALUES (new.seq, new.title, new.text);
        END;
        CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
            INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.seq, old.title, old.text);
        END;
        CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, text ON articles BEGIN
            INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.seq, old.title, old.text);
            INSERT INTO articles_fts(rowid, title, text) VALUES (new.seq, new.title, new.text);
        END;

        CREATE TABLE copies (
            a TEXT NOT NULL,
            b TEXT NOT NULL,
            kind TEXT NOT NULL,
            score REAL NOT NULL,
            explanation TEXT NOT NULL,
            PRIMARY KEY (a, b)
        ) WITHOUT ROWID;
        CREATE INDEX copies_by_b ON copies(b);

        CREATE TABLE events (
            id TEXT PRIMARY KEY,
            seq INTEGER NOT NULL,
            title TEXT NOT NULL,
            date TEXT,
            storyline_id TEXT,
            article_count INTEGER NOT NULL
        );
        CREATE INDEX events_by_storyline ON events(storyline_id);
        CREATE INDEX events_by_date ON events(date DESC, seq DESC);

        CREATE TABLE storylines (
            id TEXT PRIMARY KEY,
            seq INTEGER NOT NULL,
            title TEXT NOT NULL,
            span_from TEXT,
            span_to TEXT,
            event_ids TEXT NOT NULL,
            event_count INTEGER NOT NULL
        );
        CREATE INDEX storylines_by_size ON storylines(event_count DESC, span_to DESC, seq);

        CREATE TABLE quotes (
            id INTEGER PRIMARY KEY,
            article_id TEXT NOT NULL,
            sentence INTEGER NOT NULL,
            text TEXT NOT NULL,
            speaker TEXT,
            verb TEXT
        );
        CREATE INDEX quotes_by_article ON quotes(article_id, sentence);
        CREATE INDEX quotes_by_speaker ON quotes(speaker COLLATE NOCASE);
        CREATE VIRTUAL TABLE quotes_fts USING fts5(
            text, speaker, content='quotes', content_rowid='id', tokenize='porter unicode61 remove_diacritics 2'
        );
        CREATE TRIGGER quotes_fts_insert AFTER INSERT ON quotes BEGIN
            INSERT INTO quotes_fts(rowid, text, speaker) VALUES (new.id, new.text, new.speaker);
        END;
        CREATE TRIGGER quotes_fts_delete AFTER DELETE ON quotes BEGIN
            INSERT INTO quotes_fts(quotes_fts, rowid, text, speaker) VALUES ('delete', old.id, old.text, old.speaker);
        END;

        CREATE TABLE entities (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            type TEXT NOT NULL,
            UNIQUE (name, type)
        );
        CREATE TABLE entity_mentions (
            entity_id INTEGER NOT NULL REFERENCES entities(id),
            article_id TEXT NOT NULL,
            mentions INTEGER NOT NULL,
            PRIMARY KEY (entity_id, article_id)
        ) WITHOUT ROWID;
        CREATE INDEX entity_mentions_by_article ON entity_mentions(article_id);

        CREATE TABLE analysis_state (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            version INTEGER NOT NULL,
            token TEXT NOT NULL,
            copy_index BLOB NOT NULL,
            event_state BLOB NOT NULL
        );
        """

    /// The state is saved whole only at checkpoints. `analysis_head` says where it stands: the committed version
    /// and token, and `checkpoint_seq`, the last article row folded into the saved checkpoint (every stored
    /// article, for an archive saved before this migration); later rows are replayed on it. It is a table of its
    /// own because SQLite reads and rewrites a row whole, blobs included: a version kept next to the checkpoint
    /// would cost the checkpoint's size on every batch. Each batch records the token it wrote, so a process can
    /// tell a committed state it holds from one a rolled-back batch left in its memory.
    ///
    /// The checkpoint moves to `analysis_chunks`, cut into parts (``StateChunks``): SQLite stores no blob of 1 GB
    /// or more, which an archive's copy index passes at about 750,000 articles. `analysis_state` is left empty.
    ///
    /// People get their `surname` (the last word of a name of two words or more; filled in by the migration for
    /// stored ones), indexed: a bare surname in a new article was looked up with `LIKE '% Surname'`, a scan of every
    /// person the archive knows on every batch.
    static let version2 = """
        CREATE TABLE analysis_head (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            version INTEGER NOT NULL,
            token TEXT NOT NULL,
            checkpoint_seq INTEGER NOT NULL
        );
        INSERT INTO analysis_head (id, version, token, checkpoint_seq)
            SELECT 1, version, token, (SELECT COALESCE(MAX(seq), 0) FROM articles) FROM analysis_state;
        ALTER TABLE ingest_batches ADD COLUMN token TEXT;
        CREATE INDEX ingest_batches_by_token ON ingest_batches(token);
        ALTER TABLE entities ADD COLUMN surname TEXT;
        CREATE INDEX entities_by_surname ON entities(surname) WHERE surname IS NOT NULL;
        CREATE TABLE analysis_chunks (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            part INTEGER NOT NULL,
            bytes BLOB NOT NULL,
            UNIQUE (name, part)
        );
        INSERT INTO analysis_chunks (name, part, bytes) SELECT 'copy_index', 0, copy_index FROM analysis_state;
        INSERT INTO analysis_chunks (name, part, bytes) SELECT 'event_state', 0, event_state FROM analysis_state;
        DELETE FROM analysis_state;
        """
}
