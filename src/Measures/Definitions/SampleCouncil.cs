using System.IO;
using Measures.Time;

namespace Measures.Definitions;

/// <summary>
/// An illustrative sample catalogue, not any council's own: 42 children's services measures across
/// early help, social care, education and inclusion, modelled on a real 2023/24 year-end performance
/// report (Rotherham Metropolitan Borough Council's Children and Young People's Services, minuted by its
/// Improving Lives Select Commission on 30 July 2024). The published titles, targets and polarities are
/// kept and cited in each measure's source; codes, kinds, tolerances and rules over time are illustrative.
/// </summary>
/// <remarks>The catalogue is loaded once, on first use. This type is thread-safe.</remarks>
public static class SampleCouncil
{
    private const string ResourceName = "Measures.Definitions.Sample.sample-catalogue.json";

    /// <summary>Gets the reporting year the sample's targets are set for: 2023/24.</summary>
    public static ReportingPeriod ReportingYear => ReportingPeriod.FinancialYear(2023);

    /// <summary>Gets the sample catalogue.</summary>
    public static MeasureCatalogue Catalogue => Loaded.Catalogue;

    /// <summary>Opens the sample catalogue's JSON document, to read as an example of the format.</summary>
    /// <returns>A read-only stream of UTF-8 JSON; the caller disposes it.</returns>
    public static Stream OpenCatalogueJson() =>
        typeof(SampleCouncil).Assembly.GetManifestResourceStream(ResourceName)
        ?? throw new FileNotFoundException("The sample catalogue is missing from the Measures assembly.", ResourceName);

    // A holder class, so that the sample is read on first use and exactly once.
    private static class Loaded
    {
        public static readonly MeasureCatalogue Catalogue = Load();

        private static MeasureCatalogue Load()
        {
            using var stream = OpenCatalogueJson();
            return MeasureCatalogue.Load(stream);
        }
    }
}
