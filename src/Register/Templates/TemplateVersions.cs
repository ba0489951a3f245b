using System.Collections.Concurrent;
using System.Data.Common;
using System.Text.RegularExpressions;
using Supervision.Generation;
using Supervision.Templating;

namespace Supervision.Register;

/// <summary>
/// The versions of every template file. The shipped files are version 1 (stored on first start); an
/// editor's proposal adds version N+1 of one file after the whole set with the edit passes the linter,
/// pending until another editor approves it (<see cref="ApproveAsync"/>), and the newest version of
/// each file that is not pending is live. Texts never change once stored, so sets built from them
/// are parsed once and kept.
/// </summary>
internal sealed partial class TemplateVersions(IRegisterStore store, TimeProvider clock)
{
    /// <summary>Who publishes version 1.</summary>
    public const string Shipped = "shipped";

    /// <summary>
    /// How long the live set is used before the database is asked again. A publication through this
    /// register is seen at once; one by another process (a second server on the same PostgreSQL) within this time.
    /// </summary>
    public static readonly TimeSpan LiveSetMaxAge = TimeSpan.FromSeconds(1);

    private readonly ConcurrentDictionary<TemplateUse, string> _texts = new();
    private readonly ConcurrentDictionary<string, Lazy<TemplateSet>> _sets = new(StringComparer.Ordinal);

    // The live set and when it was read; replaced whole, so readers never see half of it.
    private volatile LiveSnapshot? _live;

    /// <summary>
    /// Brings the shipped files into the register: a file whose path has no version yet becomes
    /// version 1; a file a release has changed since the last version "shipped" published of it
    /// becomes the next version (the release's wording wins for the files it changed; editors'
    /// publications of other files stay live). Each is audited as a publication by "shipped".
    /// </summary>
    public async Task SeedAsync(IReadOnlyList<TemplateFile> shipped, CancellationToken cancellationToken)
    {
        await using var connection = await store.OpenAsync(cancellationToken).ConfigureAwait(false);
        if ((await ChangedAsync(connection, null, shipped, cancellationToken).ConfigureAwait(false)).Count == 0)
        {
            return;
        }

        await using var transaction = await store.BeginWriteAsync(connection, cancellationToken).ConfigureAwait(false);
        await AuditChain.LockHeadAsync(store, connection, transaction, cancellationToken).ConfigureAwait(false);
        foreach (var (file, version) in await ChangedAsync(connection, transaction, shipped, cancellationToken).ConfigureAwait(false))
        {
            await InsertAsync(connection, transaction, (file.Path, version, file.Text), Shipped, null, cancellationToken).ConfigureAwait(false);
        }

        await RegisterTimings.CommitAsync(transaction, cancellationToken).ConfigureAwait(false);
        _live = null;
    }

    /// <summary>
    /// The live set, read from the database at most once per <see cref="LiveSetMaxAge"/> (by the
    /// register's clock) and at once after a publication through this register.
    /// </summary>
    public async Task<LiveTemplates> LiveSetAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var cached = _live;
        if (cached is not null && now >= cached.ReadAt && now - cached.ReadAt < LiveSetMaxAge)
        {
            return cached.Templates;
        }

        await using var connection = await store.OpenAsync(cancellationToken).ConfigureAwait(false);
        var templates = await LiveSetAsync(connection, null, cancellationToken).ConfigureAwait(false);
        _live = new LiveSnapshot(templates, now);
        return templates;
    }

    /// <summary>The live set as the database holds it now, read inside the transaction where one is given
    /// (issuing numbers and renders an act with the versions live at that moment).</summary>
    /// <exception cref="TemplateException">The stored texts do not load (only after tampering).</exception>
    public async Task<LiveTemplates> LiveSetAsync(DbConnection connection, DbTransaction? transaction, CancellationToken cancellationToken)
    {
        var live = await LiveAsync(connection, transaction, cancellationToken).ConfigureAwait(false);
        var uses = live.Select(pair => new TemplateUse(pair.Key, pair.Value)).OrderBy(use => use.Path, StringComparer.Ordinal).ToList();
        return new LiveTemplates(await SetAsync(connection, transaction, uses, cancellationToken).ConfigureAwait(false), uses);
    }

    /// <summary>The shipped files to store, each with the version it gets.</summary>
    private static async Task<List<(TemplateFile File, int Version)>> ChangedAsync(DbConnection connection, DbTransaction? transaction, IReadOnlyList<TemplateFile> shipped, CancellationToken cancellationToken)
    {
        var rows = await Sql.ListAsync(
            connection,
            transaction,
            "SELECT path, version, sha256, published_by FROM template_versions",
            null,
            reader => (Path: reader.Text("path"), Version: reader.Int32("version"), Sha256: reader.Text("sha256"), By: reader.Text("published_by")),
            cancellationToken).ConfigureAwait(false);
        var changed = new List<(TemplateFile, int)>();
        foreach (var file in shipped)
        {
            var versions = rows.Where(row => row.Path == file.Path).ToList();
            var lastShipped = versions.Where(row => row.By == Shipped).OrderByDescending(row => row.Version).Select(row => row.Sha256).FirstOrDefault();
            if (versions.Count == 0 || (lastShipped is not null && lastShipped != Canonical.Sha256(file.Text)))
            {
                changed.Add((file, versions.Count == 0 ? 1 : versions.Max(row => row.Version) + 1));
            }
        }

        return changed;
    }

    /// <summary>The live version of every file: its newest version not awaiting approval.</summary>
    public static async Task<Dictionary<string, int>> LiveAsync(DbConnection connection, DbTransaction? transaction, CancellationToken cancellationToken) =>
        await Sql.ReadAsync(connection, transaction, LiveQuery, null, reader => ReadLiveAsync(reader, cancellationToken), cancellationToken).ConfigureAwait(false);

    /// <summary>The query of <see cref="LiveAsync"/>, for a caller that sends it in one command with others (<see cref="Sql.ReadAsync"/>).</summary>
    public const string LiveQuery = "SELECT path, MAX(version) AS version FROM template_versions WHERE NOT pending GROUP BY path";

    /// <summary>The live version of every path from the reader's current result set, that of <see cref="LiveQuery"/>.</summary>
    public static async Task<Dictionary<string, int>> ReadLiveAsync(DbDataReader reader, CancellationToken cancellationToken)
    {
        var rows = await Sql.RowsAsync(reader, row => (Path: row.Text("path"), Version: row.Int32("version")), cancellationToken).ConfigureAwait(false);
        return rows.ToDictionary(row => row.Path, row => row.Version, StringComparer.Ordinal);
    }

    /// <summary>The template set made of the given versions, parsed once per distinct set.</summary>
    /// <exception cref="TemplateException">The stored texts do not load (they passed the linter when published, so only after tampering).</exception>
    public async Task<TemplateSet> SetAsync(DbConnection connection, DbTransaction? transaction, IEnumerable<TemplateUse> uses, CancellationToken cancellationToken)
    {
        var ordered = uses.OrderBy(use => use.Path, StringComparer.Ordinal).ToList();
        var key = string.Join('|', ordered.Select(use => $"{use.Path}@{use.Version}"));
        if (_sets.TryGetValue(key, out var cached))
        {
            return cached.Value;
        }

        var files = await FilesAsync(connection, transaction, ordered, cancellationToken).ConfigureAwait(false);
        var lazy = _sets.GetOrAdd(key, _ => new Lazy<TemplateSet>(() => TemplateSet.Load(files)));
        try
        {
            return lazy.Value;
        }
        catch (TemplateException)
        {
            // Keep no failure: the next call reads the texts again.
            _sets.TryRemove(key, out _);
            throw;
        }
    }

    /// <summary>The files at the given versions, in the order given.</summary>
    /// <exception cref="RegisterException">A version has no stored text (only after tampering).</exception>
    private async Task<List<TemplateFile>> FilesAsync(DbConnection connection, DbTransaction? transaction, IEnumerable<TemplateUse> uses, CancellationToken cancellationToken)
    {
        var files = new List<TemplateFile>();
        foreach (var use in uses)
        {
            files.Add(new TemplateFile(use.Path, await TextAsync(connection, transaction, use, cancellationToken).ConfigureAwait(false)
                ?? throw RegisterException.Damaged($"the register has no text of {use.Path} version {use.Version}: run audit verify")));
        }

        return files;
    }

    /// <summary>The text of a file at a version, or null where there is none.</summary>
    public async Task<string?> TextAsync(DbConnection connection, DbTransaction? transaction, TemplateUse use, CancellationToken cancellationToken)
    {
        if (_texts.TryGetValue(use, out var text))
        {
            return text;
        }

        text = (string?)await Sql.ScalarAsync(
            connection,
            transaction,
            "SELECT text FROM template_versions WHERE path = @path AND version = @version",
            [("path", use.Path), ("version", use.Version)],
            cancellationToken).ConfigureAwait(false);
        return text is null ? null : _texts.GetOrAdd(use, text);
    }

    /// <summary>Every version, or those of one file, newest first per file; the first of each file is its live one.</summary>
    public static async Task<IReadOnlyList<TemplateVersion>> HistoryAsync(DbConnection connection, DbTransaction? transaction, string? path, CancellationToken cancellationToken)
    {
        var rows = await Sql.ListAsync(
            connection,
            transaction,
            $"SELECT {VersionColumns} FROM template_versions" + (path is null ? string.Empty : " WHERE path = @path") + " ORDER BY path, version DESC",
            path is null ? null : [("path", path)],
            ReadVersion,
            cancellationToken).ConfigureAwait(false);

        // Newest first per file: the live version is the first row of its path not awaiting approval, read in the same query.
        return [.. rows.Select((row, index) => !row.IsPending && !rows.Take(index).Any(before => before.Path == row.Path && !before.IsPending) ? row with { IsLive = true } : row)];
    }

    /// <summary>
    /// Stores an edited file as its next version: pending approval where an editor proposes it
    /// (<paramref name="proposer"/> given), live at once otherwise. The whole live set with the edit must
    /// pass the linter (parses, kk/ru twins agree, every example renders). The lint runs outside the write
    /// transaction; if another publication changed the live set meanwhile, it runs again on the new set.
    /// </summary>
    public async Task<PublishOutcome> PublishAsync(string path, string text, string publishedBy, Principal? proposer, CancellationToken cancellationToken)
    {
        if (!TemplatePath().IsMatch(path))
        {
            return Rejected(path, "a template's path is templates-kk/NAME.sbn or templates-ru/NAME.sbn");
        }

        if (string.IsNullOrWhiteSpace(publishedBy))
        {
            return Rejected(path, "who publishes the template must be named");
        }

        await using var connection = await store.OpenAsync(cancellationToken).ConfigureAwait(false);
        for (var attempt = 0; ; attempt++)
        {
            var live = await LiveAsync(connection, null, cancellationToken).ConfigureAwait(false);
            if (live.TryGetValue(path, out var current) && await TextAsync(connection, null, new TemplateUse(path, current), cancellationToken).ConfigureAwait(false) == text)
            {
                return Rejected(path, $"the text is the live version {current} already");
            }

            var problems = await LintAsync(connection, live, path, text, cancellationToken).ConfigureAwait(false);
            if (problems.Count > 0)
            {
                return new PublishOutcome.Rejected(problems);
            }

            await using var transaction = await store.BeginWriteAsync(connection, cancellationToken).ConfigureAwait(false);
            await AuditChain.LockHeadAsync(store, connection, transaction, cancellationToken).ConfigureAwait(false);
            var now = await LiveAsync(connection, transaction, cancellationToken).ConfigureAwait(false);
            if (!SameVersions(live, now))
            {
                if (attempt < 3)
                {
                    continue;
                }

                return Rejected(path, "other templates were being published at the same time; publish again");
            }

            if (await PendingAsync(connection, transaction, path, cancellationToken).ConfigureAwait(false) is { } pending)
            {
                return new PublishOutcome.Refused(Refusal.State($"{path} version {pending} awaits approval: approve it first, or propose after it"));
            }

            var next = Convert.ToInt32(await Sql.ScalarAsync(connection, transaction, "SELECT COALESCE(MAX(version), 0) FROM template_versions WHERE path = @path", [("path", path)], cancellationToken).ConfigureAwait(false), System.Globalization.CultureInfo.InvariantCulture) + 1;
            var published = await InsertAsync(connection, transaction, (path, next, text), publishedBy, proposer, cancellationToken).ConfigureAwait(false);
            await RegisterTimings.CommitAsync(transaction, cancellationToken).ConfigureAwait(false);
            _live = null;
            return proposer is null ? new PublishOutcome.Published(published) : new PublishOutcome.Proposed(published);
        }
    }

    /// <summary>Stores a version, pending where an editor proposes it, and audits it (a proposal with its principal).</summary>
    private async Task<TemplateVersion> InsertAsync(DbConnection connection, DbTransaction transaction, (string Path, int Version, string Text) file, string publishedBy, Principal? proposer, CancellationToken cancellationToken)
    {
        var pending = proposer is not null;
        var published = new TemplateVersion(file.Path, file.Version, Canonical.Sha256(file.Text), publishedBy, Canonical.Truncate(clock.GetUtcNow()), IsLive: !pending, IsPending: pending);
        await Sql.ExecuteAsync(
            connection,
            transaction,
            "INSERT INTO template_versions (path, version, text, sha256, published_by, published_at, pending) VALUES (@path, @version, @text, @sha256, @by, @at, @pending)",
            [("path", file.Path), ("version", file.Version), ("text", file.Text), ("sha256", published.Sha256), ("by", publishedBy), ("at", published.PublishedAt), ("pending", pending)],
            cancellationToken).ConfigureAwait(false);
        var subject = $"{file.Path}@{file.Version}";
        var payload = AuditPayloads.Publish(published);
        _ = proposer is null
            ? await AuditChain.AppendAsync(store, connection, transaction, (publishedBy, AuditEntry.Publish, subject, payload, published.PublishedAt), cancellationToken).ConfigureAwait(false)
            : await AuditChain.AppendAsync(store, connection, transaction, proposer, (AuditEntry.ProposeTemplate, subject, payload, published.PublishedAt), cancellationToken).ConfigureAwait(false);
        return published;
    }

    /// <summary>The linter's problems with the live set in which one file has the given text.</summary>
    private async Task<IReadOnlyList<TemplateProblem>> LintAsync(DbConnection connection, Dictionary<string, int> live, string path, string text, CancellationToken cancellationToken)
    {
        var files = await FilesAsync(
            connection,
            null,
            live.Where(pair => pair.Key != path).OrderBy(pair => pair.Key, StringComparer.Ordinal).Select(pair => new TemplateUse(pair.Key, pair.Value)),
            cancellationToken).ConfigureAwait(false);
        files.Add(new TemplateFile(path, text));
        return TemplateLinter.Lint(files);
    }

    private static bool SameVersions(Dictionary<string, int> before, Dictionary<string, int> after) =>
        before.Count == after.Count && before.All(pair => after.TryGetValue(pair.Key, out var version) && version == pair.Value);

    private static PublishOutcome.Rejected Rejected(string path, string message) => new([new TemplateProblem(path, 0, 0, message)]);

    private sealed record LiveSnapshot(LiveTemplates Templates, DateTimeOffset ReadAt);

    [GeneratedRegex(@"^templates-(kk|ru)/_?[a-z0-9][a-z0-9-]*\.sbn$", RegexOptions.CultureInvariant)]
    private static partial Regex TemplatePath();
}
