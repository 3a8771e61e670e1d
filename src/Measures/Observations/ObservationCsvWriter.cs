using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using Measures.Internal;

using Measures.Definitions;

namespace Measures.Observations;

/// <summary>
/// Writes observations as CSV (RFC 4180) that <see cref="ObservationCsvReader"/> reads back to the
/// same observations: the header <c>measure,period,organisational_unit,numerator,denominator,value</c>
/// (value only for a value given without counts, written with the decimals it was given),
/// then one line per observation with the period's canonical label ("2023-04", "FY 2023/24",
/// "Autumn term 2023/24") and lines ended by CRLF.
/// </summary>
/// <remarks>
/// A code or unit that a spreadsheet would run as a formula (it starts with =, +, -, @, a tab or a carriage
/// return and is not a number) is written with a leading apostrophe, in quotes, as OWASP advises against CSV
/// injection; <see cref="ObservationCsvReader"/> takes the apostrophe off again. This type is stateless and thread-safe.
/// </remarks>
public static class ObservationCsvWriter
{
    /// <summary>The header line written.</summary>
    public const string Header = "measure,period,organisational_unit,numerator,denominator,value";

    /// <summary>Writes observations as CSV.</summary>
    /// <param name="writer">Where to write; not closed.</param>
    /// <param name="observations">The observations, enumerated once, written in order.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Write(TextWriter writer, IEnumerable<Observation> observations)
    {
        Preconditions.CheckNotNull(writer);
        Preconditions.CheckNotNull(observations);
        writer.Write(Header);
        writer.Write("\r\n");
        Span<char> number = stackalloc char[20];
        foreach (var observation in observations)
        {
            writer.Write(CsvText.DataField(observation.MeasureCode));
            writer.Write(',');
            writer.Write(CsvText.Field(observation.Period.ToString()));
            writer.Write(',');
            writer.Write(CsvText.DataField(observation.OrganisationalUnit));
            writer.Write(',');
            if (observation.Value is { } value)
            {
                // A value without counts: the counts left empty, the value with the decimals it was given.
                writer.Write(",,");
                writer.Write(value.ToString(CultureInfo.InvariantCulture));
                writer.Write("\r\n");
                continue;
            }

            observation.Numerator.TryFormat(number, out int written, default, CultureInfo.InvariantCulture);
            writer.Write(number[..written]);
            writer.Write(',');
            if (observation.Denominator is { } denominator)
            {
                denominator.TryFormat(number, out written, default, CultureInfo.InvariantCulture);
                writer.Write(number[..written]);
            }

            writer.Write(",\r\n");
        }
    }

    /// <summary>Writes observations as CSV to a stream, in UTF-8 without a byte-order mark.</summary>
    /// <param name="stream">Where to write; flushed, not closed.</param>
    /// <param name="observations">The observations, enumerated once, written in order.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Write(Stream stream, IEnumerable<Observation> observations)
    {
        Preconditions.CheckNotNull(stream);
        Preconditions.CheckNotNull(observations);
        using var writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), bufferSize: 64 * 1024, leaveOpen: true);
        Write(writer, observations);
    }

    /// <summary>The observations as CSV text.</summary>
    /// <param name="observations">The observations, enumerated once, written in order.</param>
    /// <returns>The CSV text.</returns>
    /// <exception cref="ArgumentNullException">The observations are null.</exception>
    public static string ToCsv(IEnumerable<Observation> observations)
    {
        Preconditions.CheckNotNull(observations);
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        Write(writer, observations);
        return writer.ToString();
    }
}
