namespace Measures.Time;

/// <summary>
/// A part of the United Kingdom with its own set of bank holidays, as GOV.UK publishes them.
/// </summary>
public enum BankHolidayRegion : byte
{
    /// <summary>England and Wales (one set of bank holidays for both).</summary>
    EnglandAndWales = 1,

    /// <summary>Scotland: 2 January and St Andrew's Day, summer bank holiday in early August, no Easter Monday.</summary>
    Scotland = 2,

    /// <summary>Northern Ireland: the England and Wales days plus St Patrick's Day and the Battle of the Boyne.</summary>
    NorthernIreland = 3,
}
