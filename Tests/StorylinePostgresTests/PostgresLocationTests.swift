import StorylineStore
import Testing

@testable import StorylinePostgres

@Suite("PostgreSQL locations")
struct PostgresLocationTests {
    @Test("a full URL is parsed into its parts")
    func fullURL() throws {
        let location = try PostgresLocation(url: "postgres://ana:s%40cret@db.example:6543/news?schema=archive_2")
        #expect(location.username == "ana")
        #expect(location.password == "s@cret")
        #expect(location.host == "db.example")
        #expect(location.port == 6543)
        #expect(location.database == "news")
        #expect(location.schema == "archive_2")
        #expect(location.tls == .disable)
        #expect(location.description == "postgres://ana@db.example:6543/news?schema=archive_2")
    }

    @Test("defaults: port 5432, database named after the user, schema public")
    func defaults() throws {
        let location = try PostgresLocation(url: "postgresql://storyline@localhost")
        #expect(location.port == 5432)
        #expect(location.database == "storyline")
        #expect(location.schema == "public")
        #expect(PostgresLocation.isPostgresURL("POSTGRES://x@y/z"))
        #expect(!PostgresLocation.isPostgresURL("archive.sqlite"))
    }

    @Test("sslmode and a Unix socket folder are understood")
    func options() throws {
        #expect(try PostgresLocation(url: "postgres://u@h/d?sslmode=require").tls == .require)
        #expect(try PostgresLocation(url: "postgres://u@h/d?host=/run/postgresql").socketDirectory == "/run/postgresql")
    }

    @Test(
        "bad URLs fail with a message that says what to fix, and never echo the password",
        arguments: [
            ("postgres://h/d", "names no user"),
            ("postgres://u@h/d?schema=a;drop", "schema"),
            ("postgres://u@h/d?sslmode=maybe", "sslmode"),
            ("postgres://u@h/d?colour=blue", "unknown URL parameter"),
            ("postgres://u:hunter2@h/d?schema=1bad", "schema"),
        ])
    func badURLs(_ url: String, _ hint: String) {
        #expect {
            try PostgresLocation(url: url)
        } throws: { error in
            guard case ArchiveError.cannotOpen(let location, let reason) = error else { return false }
            return reason.contains(hint) && !location.contains("hunter2")
        }
    }
}
