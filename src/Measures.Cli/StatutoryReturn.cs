namespace Measures.Cli;

/// <summary>The statutory return one input holds, as told from its first bytes.</summary>
internal enum StatutoryReturn
{
    /// <summary>None: a catalogue, observations, or something else.</summary>
    None,

    /// <summary>A file of the SSDA903 return (children looked after): one of its CSV files, or its XML form.</summary>
    Ssda903,

    /// <summary>The CIN census's XML.</summary>
    CinCensus,

    /// <summary>The SEN2 return's XML.</summary>
    Sen2,

    /// <summary>XML that is none of the returns above.</summary>
    OtherXml,
}
