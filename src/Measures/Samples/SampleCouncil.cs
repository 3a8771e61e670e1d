using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Measures.Returns.Ssda903;
using Measures.Time;
using Measures.Observations;

using Measures.Definitions;

namespace Measures.Samples;

/// <summary>
/// An illustrative sample catalogue, not any council's own: 42 children's services measures across
/// early help, social care, education and inclusion, modelled on a real 2023/24 year-end performance
/// report (Rotherham Metropolitan Borough Council's Children and Young People's Services, minuted by its
/// Improving Lives Select Commission on 30 July 2024). The published titles, targets and polarities are
/// kept and cited in each measure's source; codes, kinds, tolerances and rules over time are illustrative.
/// </summary>
/// <remarks>
/// <see cref="Observations"/> are the sample council's figures, just as illustrative: monthly (or termly
/// or yearly, as each measure is reported) from April 2021 to March 2024, made so that the 2023/24
/// outturns, and the 2022/23 ones where the report gives them, come out as published.
/// The catalogue and the observations are each loaded once, on first use. This type is thread-safe.
/// </remarks>
public static class SampleCouncil
{
    private const string ResourceName = "Measures.Samples.Data.sample-catalogue.json";
    private const string ObservationsResourceName = "Measures.Samples.Data.sample-observations.csv";

    /// <summary>Gets the file name the sample observations are reported against in errors: "sample-observations.csv".</summary>
    public static string ObservationsFileName => "sample-observations.csv";

    /// <summary>Gets how the sample council is named in its comparator files: "Sample Council".</summary>
    public static string ComparatorName => "Sample Council";

    /// <summary>
    /// Gets an illustrative all-councils comparator table for 2023/24 in the DfE's open data layout: the sample council
    /// and 30 made-up councils ("Synthetic Council 01"…, codes E99…), with England and two regions. Every figure but the
    /// sample council's own is synthetic, not any council's or the DfE's.
    /// </summary>
    public static Comparators.NationalComparators Comparators => LoadedComparators.Comparators;

    /// <summary>Gets illustrative statistical-neighbour lists for the synthetic councils of <see cref="Comparators"/>.</summary>
    public static Comparators.StatisticalNeighbours Neighbours => LoadedComparators.Neighbours;

    /// <summary>Opens the sample comparator table as CSV, to read as an example of the format.</summary>
    /// <returns>A read-only stream of UTF-8 CSV; the caller disposes it.</returns>
    /// <exception cref="FileNotFoundException">The embedded file is missing: the assembly is damaged.</exception>
    public static Stream OpenComparatorsCsv() => OpenResource("Measures.Samples.Data.sample-comparators.csv");

    /// <summary>Opens the sample statistical-neighbour lists as CSV, to read as an example of the format.</summary>
    /// <returns>A read-only stream of UTF-8 CSV; the caller disposes it.</returns>
    /// <exception cref="FileNotFoundException">The embedded file is missing: the assembly is damaged.</exception>
    public static Stream OpenNeighboursCsv() => OpenResource("Measures.Samples.Data.sample-neighbours.csv");

    private static Stream OpenResource(string name) =>
        typeof(SampleCouncil).Assembly.GetManifestResourceStream(name)
        ?? throw new FileNotFoundException("A sample file is missing from the Measures assembly.", name);

    private static class LoadedComparators
    {
        public static readonly Comparators.NationalComparators Comparators = Read(OpenComparatorsCsv(), "sample-comparators.csv", global::Measures.Comparators.NationalComparators.Read);

        public static readonly Comparators.StatisticalNeighbours Neighbours = Read(OpenNeighboursCsv(), "sample-neighbours.csv", global::Measures.Comparators.StatisticalNeighbours.Read);

        private static T Read<T>(Stream stream, string name, Func<TextReader, string, LoadResult<T>> read)
            where T : notnull
        {
            using var reader = new StreamReader(stream);
            return read(reader, name).Value;
        }
    }

    /// <summary>Gets the reporting year the sample's targets are set for: 2023/24.</summary>
    public static ReportingPeriod ReportingYear => ReportingPeriod.FinancialYear(2023);

    /// <summary>Gets the sample catalogue.</summary>
    public static MeasureCatalogue Catalogue => Loaded.Catalogue;

    /// <summary>
    /// Gets the sample council's observations, whole-council figures for April 2021 to March 2024 (none later
    /// than a measure's data lag allows), checked against <see cref="Catalogue"/>.
    /// </summary>
    public static IReadOnlyList<Observation> Observations => LoadedObservations.Observations;

    /// <summary>Opens the sample observations as CSV, to read as an example of the format.</summary>
    /// <returns>A read-only stream of UTF-8 CSV; the caller disposes it.</returns>
    /// <exception cref="FileNotFoundException">The embedded file is missing: the assembly is damaged.</exception>
    public static Stream OpenObservationsCsv() =>
        typeof(SampleCouncil).Assembly.GetManifestResourceStream(ObservationsResourceName)
        ?? throw new FileNotFoundException("The sample observations are missing from the Measures assembly.", ObservationsResourceName);

    /// <summary>Opens the sample catalogue's JSON document, to read as an example of the format.</summary>
    /// <returns>A read-only stream of UTF-8 JSON; the caller disposes it.</returns>
    /// <exception cref="FileNotFoundException">The embedded file is missing: the assembly is damaged.</exception>
    public static Stream OpenCatalogueJson() =>
        typeof(SampleCouncil).Assembly.GetManifestResourceStream(ResourceName)
        ?? throw new FileNotFoundException("The sample catalogue is missing from the Measures assembly.", ResourceName);

    /// <summary>
    /// Gets the file names of the sample council's SSDA903 return (children looked after) for 2023/24, one per file
    /// of the return: a synthetic return (<see cref="SyntheticSsda903"/>, 400 children, seed 903), not any council's.
    /// </summary>
    public static IReadOnlyList<string> Ssda903FileNames { get; } =
        ["Header.csv", "Episodes.csv", "Reviews.csv", "UASC.csv", "OC2.csv", "OC3.csv", "AD1.csv", "PlacedAdoption.csv", "PrevPerm.csv", "Missing.csv", "SW_Episodes.csv"];

    /// <summary>Gets the sample council's SSDA903 return, read from its embedded files (see <see cref="Ssda903FileNames"/>).</summary>
    public static Ssda903Return Ssda903 => LoadedReturn.Return;

    /// <summary>Opens one file of the sample SSDA903 return, to read as an example of the format.</summary>
    /// <param name="fileName">One of <see cref="Ssda903FileNames"/>.</param>
    /// <returns>A read-only stream of UTF-8 CSV; the caller disposes it.</returns>
    /// <exception cref="ArgumentException">The name is not one of the sample return's files.</exception>
    /// <exception cref="FileNotFoundException">The embedded file is missing: the assembly is damaged.</exception>
    public static Stream OpenSsda903File(string fileName)
    {
        Internal.Preconditions.CheckArgument(Ssda903FileNames.Contains(fileName), nameof(fileName), $"\"{fileName}\" is not a file of the sample return; its files are {string.Join(", ", Ssda903FileNames)}.");
        string resource = "Measures.Samples.Data.ssda903." + fileName;
        return typeof(SampleCouncil).Assembly.GetManifestResourceStream(resource)
            ?? throw new FileNotFoundException("A file of the sample return is missing from the Measures assembly.", resource);
    }

    // A holder class, so that the sample is read on first use and exactly once.
    private static class Loaded
    {
        public static readonly MeasureCatalogue Catalogue = Load();

        private static MeasureCatalogue Load()
        {
            using var stream = OpenCatalogueJson();
            return MeasureCatalogue.Load(stream).Value;
        }
    }

    // A holder class of its own, so that using the catalogue alone never reads the observations.
    private static class LoadedObservations
    {
        public static readonly IReadOnlyList<Observation> Observations = Load();

        private static IReadOnlyList<Observation> Load()
        {
            using var stream = OpenObservationsCsv();
            return ObservationCsvReader.Read(stream, ObservationsFileName, new ObservationReadOptions { Catalogue = Catalogue }).Value;
        }
    }

    // The return is read only when it is asked for.
    private static class LoadedReturn
    {
        public static readonly Ssda903Return Return = Load();

        private static Ssda903Return Load()
        {
            var streams = Ssda903FileNames.Select(name => (name, OpenSsda903File(name))).ToList();
            try
            {
                return Ssda903Reader.Read(streams).Value;
            }
            finally
            {
                foreach (var (_, stream) in streams)
                {
                    stream.Dispose();
                }
            }
        }
    }

    /// <summary>Gets the name of the sample council's SEN2 return (EHC plans): a synthetic return (<see cref="SyntheticSen2"/>, 150 persons, seed 2, collection 2024), not any council's.</summary>
    public static string Sen2FileName => "sen2-2024.xml";

    /// <summary>Gets the sample council's SEN2 return, read from its embedded file (see <see cref="Sen2FileName"/>).</summary>
    public static Returns.Sen2.Sen2Return Sen2 => LoadedSen2.Return;

    /// <summary>Opens the sample SEN2 return, to read as an example of the format.</summary>
    /// <returns>A read-only stream of UTF-8 XML; the caller disposes it.</returns>
    /// <exception cref="FileNotFoundException">The embedded file is missing: the assembly is damaged.</exception>
    public static Stream OpenSen2File() => OpenResource("Measures.Samples.Data.sen2." + Sen2FileName);

    // A holder class, so that the sample SEN2 return is read on first use and exactly once.
    private static class LoadedSen2
    {
        public static readonly Returns.Sen2.Sen2Return Return = Load();

        private static Returns.Sen2.Sen2Return Load()
        {
            using var stream = OpenSen2File();
            return Returns.Sen2.Sen2Reader.Read(stream, Sen2FileName).Value;
        }
    }

    /// <summary>Gets the name of the sample council's CIN census: a synthetic census (<see cref="SyntheticCinCensus"/>, 200 children, seed 3, collection 2024), not any council's.</summary>
    public static string CinFileName => "cin-2024.xml";

    /// <summary>Gets the sample council's CIN census, read from its embedded file (see <see cref="CinFileName"/>).</summary>
    public static Returns.Cin.CinCensus Cin => LoadedCin.Census;

    /// <summary>Opens the sample CIN census, to read as an example of the format.</summary>
    /// <returns>A read-only stream of UTF-8 XML; the caller disposes it.</returns>
    /// <exception cref="FileNotFoundException">The embedded file is missing: the assembly is damaged.</exception>
    public static Stream OpenCinFile() => OpenResource("Measures.Samples.Data.cin." + CinFileName);

    // A holder class, so that the sample census is read on first use and exactly once.
    private static class LoadedCin
    {
        public static readonly Returns.Cin.CinCensus Census = Load();

        private static Returns.Cin.CinCensus Load()
        {
            using var stream = OpenCinFile();
            return Returns.Cin.CinCensusReader.Read(stream, CinFileName).Value;
        }
    }
}
