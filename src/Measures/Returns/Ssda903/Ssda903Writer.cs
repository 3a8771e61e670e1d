using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using Measures.Internal;
using NodaTime;

namespace Measures.Returns.Ssda903;

/// <summary>
/// Writes a return as the CSV files of the SSDA903 return, one file per kind: the header row in the DfE's column
/// order, dates as dd/MM/yyyy, codes as they were read. <see cref="Ssda903Reader"/> reads back the same records.
/// </summary>
/// <remarks>
/// Text a spreadsheet would run as a formula (starting with =, +, -, @) is written with a leading apostrophe,
/// which the reader takes off again. Files are UTF-8 without a byte-order mark, lines end with CRLF.
/// This type is stateless and thread-safe.
/// </remarks>
public static class Ssda903Writer
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Writes the rows of one file of <paramref name="value"/> (all of them, whichever files they were read from).</summary>
    /// <param name="value">The return.</param>
    /// <param name="file">Which file to write.</param>
    /// <param name="stream">Where to write it; left open.</param>
    /// <exception cref="ArgumentNullException">The return or stream is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The file is not one of <see cref="Ssda903File"/>.</exception>
    /// <exception cref="IOException">The stream fails.</exception>
    /// <exception cref="NotSupportedException">The stream cannot be written.</exception>
    /// <exception cref="ObjectDisposedException">The stream is closed.</exception>
    public static void Write(Ssda903Return value, Ssda903File file, Stream stream)
    {
        Preconditions.CheckNotNull(value);
        Preconditions.CheckNotNull(stream);
        Preconditions.CheckArgumentRange((int)file, (int)Ssda903File.Header, (int)Ssda903File.SocialWorkerEpisodes, nameof(file));
        using var writer = new StreamWriter(stream, Utf8, 64 * 1024, leaveOpen: true) { NewLine = "\r\n" };
        writer.WriteLine(string.Join(",", Ssda903Layout.ColumnsOf(file)));
        foreach (var fields in Rows(value, file))
        {
            for (int i = 0; i < fields.Length; i++)
            {
                if (i > 0)
                {
                    writer.Write(',');
                }

                writer.Write(fields[i] is { } text ? CsvText.DataField(text) : "");
            }

            writer.WriteLine();
        }
    }

    private static string? D(LocalDate? date) => date is { } d ? Ssda903Dates.Format(d) : null;

    // Each record's fields, in the DfE's column order.
    private static IEnumerable<string?[]> Rows(Ssda903Return value, Ssda903File file) => file switch
    {
        Ssda903File.Header => Each(value.Children, r => [r.ChildId, r.Sex, D(r.DateOfBirth), r.Ethnicity, r.Upn, r.Mother, D(r.MotherChildDateOfBirth)]),
        Ssda903File.Episodes => Each(value.Episodes, r => [r.ChildId, D(r.Start), r.ReasonForNewEpisode, r.LegalStatus, r.CategoryOfNeed, r.Placement, r.PlacementProvider, D(r.End), r.ReasonEpisodeCeased, r.ReasonPlaceChange, r.HomePostcode, r.PlacementPostcode, r.Urn]),
        Ssda903File.Reviews => Each(value.Reviews, r => [r.ChildId, D(r.DateOfBirth), D(r.Date), r.ParticipationCode]),
        Ssda903File.Uasc => Each(value.UnaccompaniedAsylumSeekers, r => [r.ChildId, r.Sex, D(r.DateOfBirth), D(r.DateCeased)]),
        Ssda903File.Oc2 => Each(value.HealthOutcomes, r => [r.ChildId, D(r.DateOfBirth), r.SdqScore, r.SdqReason, r.Convicted, r.HealthCheck, r.Immunisations, r.TeethCheck, r.HealthAssessment, r.SubstanceMisuse, r.InterventionReceived, r.InterventionOffered]),
        Ssda903File.Oc3 => Each(value.CareLeaverOutcomes, r => [r.ChildId, D(r.DateOfBirth), r.InTouch, r.Activity, r.Accommodation]),
        Ssda903File.Ad1 => Each(value.Adoptions, r => [r.ChildId, D(r.DateOfBirth), D(r.DecisionDate), D(r.MatchDate), r.FosterCare, r.NumberOfAdopters, r.SexOfAdopters, r.LegalStatusOfAdopters]),
        Ssda903File.PlacedAdoption => Each(value.PlacedForAdoption, r => [r.ChildId, D(r.DateOfBirth), D(r.DecisionDate), D(r.CeasedDate), r.ReasonCeased]),
        Ssda903File.PrevPerm => Each(value.PreviousPermanence, r => [r.ChildId, D(r.DateOfBirth), r.Kind, r.Council, r.Date]),
        Ssda903File.Missing => Each(value.MissingEpisodes, r => [r.ChildId, D(r.DateOfBirth), r.Kind, D(r.Start), D(r.End)]),
        _ => Each(value.SocialWorkerEpisodes, r => [r.ChildId, D(r.DateOfBirth), r.SocialWorkerId, D(r.Start), D(r.End), r.ReasonChanged]),
    };

    private static IEnumerable<string?[]> Each<T>(IReadOnlyList<T> records, Func<T, string?[]> fields)
    {
        foreach (var record in records)
        {
            yield return fields(record);
        }
    }
}
