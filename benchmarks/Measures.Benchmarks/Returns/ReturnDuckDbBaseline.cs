using System.Globalization;
using DuckDB.NET.Data;
using Measures.Time;
using NodaTime;

namespace Measures.Benchmarks.Returns;

/// <summary>The two figures the DuckDB baseline computes: <c>cla-31-march</c>, and the numerator of <c>cla-3-placements</c> (whose denominator is the first).</summary>
/// <param name="LookedAfter">Children with an episode (not a short break) open on the period's last day.</param>
/// <param name="ThreeOrMorePlacements">Of those, the children with 3 or more placements open on at least one day of the period.</param>
public readonly record struct ReturnDuckDbFigures(long LookedAfter, long ThreeOrMorePlacements);

/// <summary>
/// DuckDB in process reading an SSDA903 return's Header and Episodes CSV files with <c>read_csv</c> (the load is
/// part of every run) and computing <c>cla-31-march</c> and <c>cla-3-placements</c> in one SQL statement.
/// </summary>
public static class ReturnDuckDbBaseline
{
    /// <summary>Opens an in-memory database limited to <paramref name="threads"/> threads, reads the two files and computes both figures.</summary>
    /// <param name="headerCsv">The Header file's path.</param>
    /// <param name="episodesCsv">The Episodes file's path.</param>
    /// <param name="period">The period: "31 March" reads its last day.</param>
    /// <param name="threads">DuckDB's threads.</param>
    /// <returns>The figures.</returns>
    public static ReturnDuckDbFigures Compute(string headerCsv, string episodesCsv, ReportingPeriod period, int threads)
    {
        using var connection = new DuckDBConnection("Data Source=:memory:");
        connection.Open();
        using (var set = connection.CreateCommand())
        {
            set.CommandText = string.Create(CultureInfo.InvariantCulture, $"SET threads = {threads}");
            set.ExecuteNonQuery();
        }

        using var command = connection.CreateCommand();
        command.CommandText = Sql(headerCsv, episodesCsv, period);
        using var reader = command.ExecuteReader();
        reader.Read();
        return new ReturnDuckDbFigures(reader.GetInt64(0), reader.GetInt64(1));
    }

    /// <summary>
    /// The SQL: short breaks removed first; each child's episodes numbered in the library's order (DECOM, then DEC
    /// with an open episode last, then RNE S first, then the codes); a new placement at a child's first episode and
    /// at every episode whose RNE is not L; a placement runs from its first episode's DECOM to its last one's DEC.
    /// </summary>
    /// <param name="headerCsv">The Header file's path.</param>
    /// <param name="episodesCsv">The Episodes file's path.</param>
    /// <param name="period">The period.</param>
    /// <returns>One statement returning one row: the two counts.</returns>
    public static string Sql(string headerCsv, string episodesCsv, ReportingPeriod period)
    {
        string first = Literal(period.Start);
        string last = Literal(period.End);
        return $"""
            WITH header AS (
                SELECT CHILD FROM read_csv('{Path(headerCsv)}', header = true, dateformat = '%d/%m/%Y',
                    columns = {"{"}'CHILD': 'VARCHAR', 'SEX': 'VARCHAR', 'DOB': 'DATE', 'ETHNIC': 'VARCHAR', 'UPN': 'VARCHAR', 'MOTHER': 'VARCHAR', 'MC_DOB': 'DATE'{"}"})
            ),
            episodes AS (
                SELECT CHILD AS child, DECOM AS decom, DEC AS dec, upper(trim(RNE)) AS rne,
                       row_number() OVER (PARTITION BY CHILD ORDER BY DECOM, DEC NULLS LAST, upper(trim(RNE)) <> 'S', RNE, LS, PLACE, coalesce(REC, ''), CIN) AS n
                FROM read_csv('{Path(episodesCsv)}', header = true, dateformat = '%d/%m/%Y',
                    columns = {"{"}'CHILD': 'VARCHAR', 'DECOM': 'DATE', 'RNE': 'VARCHAR', 'LS': 'VARCHAR', 'CIN': 'VARCHAR', 'PLACE': 'VARCHAR', 'PLACE_PROVIDER': 'VARCHAR',
                               'DEC': 'DATE', 'REC': 'VARCHAR', 'REASON_PLACE_CHANGE': 'VARCHAR', 'HOME_POST': 'VARCHAR', 'PL_POST': 'VARCHAR', 'URN': 'VARCHAR'{"}"})
                WHERE upper(trim(LS)) NOT IN ('V3', 'V4') AND CHILD IN (SELECT CHILD FROM header)
            ),
            numbered AS (
                SELECT *, sum(CASE WHEN n = 1 OR rne <> 'L' THEN 1 ELSE 0 END) OVER (PARTITION BY child ORDER BY n) AS placement
                FROM episodes
            ),
            placements AS (
                SELECT child,
                       arg_min(decom, n) AS started,
                       arg_max(coalesce(dec, DATE '9999-12-31'), n) AS ended,
                       bool_or(decom <= {last} AND (dec IS NULL OR dec > {last})) AS open_on_last_day
                FROM numbered
                GROUP BY child, placement
            ),
            children AS (
                SELECT child,
                       bool_or(open_on_last_day) AS looked_after,
                       count(*) FILTER (WHERE started <= {last} AND ended > greatest(started, {first})) AS placements_in_period
                FROM placements
                GROUP BY child
            )
            SELECT count(*) FILTER (WHERE looked_after),
                   count(*) FILTER (WHERE looked_after AND placements_in_period >= 3)
            FROM children
            """;
    }

    private static string Literal(LocalDate date) => string.Create(CultureInfo.InvariantCulture, $"DATE '{date.Year:D4}-{date.Month:D2}-{date.Day:D2}'");

    private static string Path(string path) => path.Replace("'", "''", System.StringComparison.Ordinal);
}
