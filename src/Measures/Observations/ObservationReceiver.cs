namespace Measures.Observations;

/// <summary>Receives a good row as it is read, by reference: an observation is too large to copy cheaply a row.</summary>
/// <param name="observation">The observation, valid for the call.</param>
internal delegate void ObservationReceiver(in Observation observation);
