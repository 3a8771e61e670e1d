namespace Measures.Cli;

/// <summary>What kind of file the tool has been given.</summary>
internal enum InputKind
{
    Catalogue,
    ObservationsCsv,
    ObservationsJson,
}
