using System;
using System.Collections.Generic;
using System.Globalization;
using DuckDB.NET.Data;
using Measures.Definitions;

namespace Measures.Benchmarks.Aggregation;

/// <summary>
/// DuckDB in process, holding the benchmark rows as integer columns (measure, month, unit, numerator,
/// denominator: the same dictionary-encoded layout the core uses), with each scenario as SQL.
/// </summary>
public sealed class DuckDbBaseline : IDisposable
{
    private readonly DuckDBConnection connection;

    /// <summary>Opens an in-memory database limited to <paramref name="threads"/> threads.</summary>
    public DuckDbBaseline(int threads)
    {
        connection = new DuckDBConnection("Data Source=:memory:");
        connection.Open();
        Execute(string.Create(CultureInfo.InvariantCulture, $"SET threads = {threads}"));
    }

    /// <summary>Creates the tables and appends every row: the load, timed apart from the queries.</summary>
    public void Load(AggregationBenchmarkData data)
    {
        Execute("CREATE OR REPLACE TABLE obs (measure INTEGER, month INTEGER, unit INTEGER, num INTEGER, den INTEGER)");
        Execute("CREATE OR REPLACE TABLE rules (measure INTEGER, num_rule TINYINT, den_rule TINYINT)");
        Execute("CREATE OR REPLACE TABLE units (unit INTEGER, council INTEGER)");
        using (var appender = connection.CreateAppender("obs"))
        {
            for (int i = 0; i < data.RowCount; i++)
            {
                var row = appender.CreateRow().AppendValue(data.Measure[i]).AppendValue(data.Month[i]).AppendValue(data.Unit[i]).AppendValue(data.Numerator[i]);
                (data.RuleOfMeasure[data.Measure[i]].HasDenominator ? row.AppendValue(data.Denominator[i]) : row.AppendNullValue()).EndRow();
            }
        }

        using (var appender = connection.CreateAppender("rules"))
        {
            for (int m = 0; m < data.MeasureCount; m++)
            {
                var rule = data.RuleOfMeasure[m];
                var row = appender.CreateRow().AppendValue(m).AppendValue((sbyte)rule.NumeratorRule);
                (rule.DenominatorRule is { } d ? row.AppendValue((sbyte)d) : row.AppendNullValue()).EndRow();
            }
        }

        using (var appender = connection.CreateAppender("units"))
        {
            for (int u = 0; u < data.UnitCount; u++)
            {
                appender.CreateRow().AppendValue(u).AppendValue(data.CouncilOfUnit[u]).EndRow();
            }
        }
    }

    /// <summary>(measure, month) group-by-sum.</summary>
    public List<BaselineRow> GroupBySum() => Query(
        "SELECT measure, month, -1, SUM(num)::BIGINT, COALESCE(SUM(den), 0)::BIGINT, 1::BIGINT FROM obs GROUP BY measure, month");

    /// <summary>Month → financial quarter (or year) by each measure's rules: month totals, then sum or last month.</summary>
    public List<BaselineRow> RollUp(string periodOfMonth) => Query($"""
        WITH m AS (SELECT measure, month, SUM(num)::BIGINT AS n, COALESCE(SUM(den), 0)::BIGINT AS d FROM obs GROUP BY measure, month),
             p AS (SELECT measure, month, {periodOfMonth} AS period, n, d FROM m)
        SELECT p.measure, p.period, -1,
               CASE r.num_rule WHEN 2 THEN arg_max(n, month) ELSE SUM(n) END::BIGINT,
               CASE r.den_rule WHEN 2 THEN arg_max(d, month) ELSE SUM(d) END::BIGINT,
               COUNT(*)
        FROM p JOIN rules r USING (measure)
        GROUP BY p.measure, p.period, r.num_rule, r.den_rule
        """);

    /// <summary>Rolling 12-month windows ending with each month that has data in its window.</summary>
    public List<BaselineRow> Rolling12() => Query("""
        WITH m AS (SELECT measure, month, SUM(num)::BIGINT AS n, COALESCE(SUM(den), 0)::BIGINT AS d FROM obs GROUP BY measure, month),
             ends AS (SELECT DISTINCT measure, (month + k)::INTEGER AS e FROM m, range(12) t(k))
        SELECT ends.measure, ends.e, -1,
               CASE r.num_rule WHEN 2 THEN arg_max(n, month) ELSE SUM(n) END::BIGINT,
               CASE r.den_rule WHEN 2 THEN arg_max(d, month) ELSE SUM(d) END::BIGINT,
               COUNT(*)
        FROM ends JOIN m ON m.measure = ends.measure AND m.month BETWEEN ends.e - 11 AND ends.e
                  JOIN rules r ON r.measure = ends.measure
        GROUP BY ends.measure, ends.e, r.num_rule, r.den_rule
        """);

    /// <summary>Teams → councils for each measure and month.</summary>
    public List<BaselineRow> TeamToCouncil() => Query(
        "SELECT measure, month, council, SUM(num)::BIGINT, COALESCE(SUM(den), 0)::BIGINT, 1::BIGINT FROM obs JOIN units USING (unit) GROUP BY measure, month, council");

    /// <inheritdoc />
    public void Dispose() => connection.Dispose();

    private void Execute(string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private List<BaselineRow> Query(string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<BaselineRow>();
        while (reader.Read())
        {
            rows.Add(new BaselineRow(reader.GetInt32(0), reader.GetInt32(1), reader.GetInt32(2), reader.GetInt64(3), reader.GetInt64(4), (int)reader.GetInt64(5)));
        }

        return rows;
    }
}
