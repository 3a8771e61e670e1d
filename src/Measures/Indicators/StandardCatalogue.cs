using System.IO;
using Measures.Definitions;

namespace Measures.Indicators;

/// <summary>
/// The standard catalogues shipped with the library: the national indicators with the codes the indicator
/// recipes yield, their titles, value types and polarities as the DfE and its Local Authority Interactive Tool
/// publish them, and each definition's source, so that a scorecard can be built from computed indicators
/// without writing a catalogue first.
/// </summary>
/// <remarks>Each catalogue is loaded once, on first use. This type is thread-safe.</remarks>
public static class StandardCatalogue
{
    private const string Ssda903ResourceName = "Measures.Indicators.Data.standard-catalogue.json";

    private const string CinResourceName = "Measures.Indicators.Data.cin-catalogue.json";

    private const string Sen2ResourceName = "Measures.Indicators.Data.sen2-catalogue.json";

    /// <summary>Gets the catalogue of the SSDA903 indicators (children looked after, care leavers, adoption): every code of <see cref="Ssda903Indicators.MeasureCodes"/>.</summary>
    public static MeasureCatalogue Ssda903 => Loaded.Catalogue;

    /// <summary>Gets the catalogue of the CIN census indicators (children in need, child protection): every code of <see cref="CinIndicators.MeasureCodes"/>.</summary>
    public static MeasureCatalogue Cin => LoadedCin.Catalogue;

    /// <summary>Gets the catalogue of the SEN2 indicators (education, health and care plans within 20 weeks): every code of <see cref="Sen2Indicators.MeasureCodes"/>.</summary>
    public static MeasureCatalogue Sen2 => LoadedSen2.Catalogue;

    /// <summary>Gets every standard indicator in one catalogue: the SSDA903 ones, the CIN census ones, then the SEN2 ones, for a scorecard built from several returns.</summary>
    public static MeasureCatalogue All => LoadedAll.Catalogue;

    /// <summary>Opens the SEN2 catalogue's JSON document, to read or to start a council's own catalogue from.</summary>
    /// <returns>A read-only stream of UTF-8 JSON; the caller disposes it.</returns>
    /// <exception cref="FileNotFoundException">The embedded file is missing: the assembly is damaged.</exception>
    public static Stream OpenSen2Json() =>
        typeof(StandardCatalogue).Assembly.GetManifestResourceStream(Sen2ResourceName)
        ?? throw new FileNotFoundException("The standard SEN2 catalogue is missing from the Measures assembly.", Sen2ResourceName);

    /// <summary>Opens the CIN census catalogue's JSON document, to read or to start a council's own catalogue from.</summary>
    /// <returns>A read-only stream of UTF-8 JSON; the caller disposes it.</returns>
    /// <exception cref="FileNotFoundException">The embedded file is missing: the assembly is damaged.</exception>
    public static Stream OpenCinJson() =>
        typeof(StandardCatalogue).Assembly.GetManifestResourceStream(CinResourceName)
        ?? throw new FileNotFoundException("The standard CIN catalogue is missing from the Measures assembly.", CinResourceName);

    /// <summary>Opens the SSDA903 catalogue's JSON document, to read or to start a council's own catalogue from.</summary>
    /// <returns>A read-only stream of UTF-8 JSON; the caller disposes it.</returns>
    /// <exception cref="FileNotFoundException">The embedded file is missing: the assembly is damaged.</exception>
    public static Stream OpenSsda903Json() =>
        typeof(StandardCatalogue).Assembly.GetManifestResourceStream(Ssda903ResourceName)
        ?? throw new FileNotFoundException("The standard SSDA903 catalogue is missing from the Measures assembly.", Ssda903ResourceName);

    private static class LoadedCin
    {
        public static readonly MeasureCatalogue Catalogue = Load();

        private static MeasureCatalogue Load()
        {
            using var stream = OpenCinJson();
            return MeasureCatalogue.Load(stream).Value;
        }
    }

    private static class LoadedSen2
    {
        public static readonly MeasureCatalogue Catalogue = Load();

        private static MeasureCatalogue Load()
        {
            using var stream = OpenSen2Json();
            return MeasureCatalogue.Load(stream).Value;
        }
    }

    private static class LoadedAll
    {
        public static readonly MeasureCatalogue Catalogue = new([.. Ssda903.Measures, .. Cin.Measures, .. Sen2.Measures], "National indicators from the statutory returns");
    }

    // A holder class, so that the catalogue is read on first use and exactly once.
    private static class Loaded
    {
        public static readonly MeasureCatalogue Catalogue = Load();

        private static MeasureCatalogue Load()
        {
            using var stream = OpenSsda903Json();
            return MeasureCatalogue.Load(stream).Value;
        }
    }
}
