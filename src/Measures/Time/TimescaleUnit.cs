namespace Measures.Time;

/// <summary>What a <see cref="Timescale"/> counts.</summary>
public enum TimescaleUnit : byte
{
    /// <summary>Calendar days: "assessment completed within 45 days".</summary>
    CalendarDays = 1,

    /// <summary>Weeks of seven calendar days: "EHCP issued within 20 weeks".</summary>
    Weeks = 2,

    /// <summary>Working days of a <see cref="WorkingDayCalendar"/>: "contacted within three working days".</summary>
    WorkingDays = 3,

    /// <summary>School days of a <see cref="SchoolDayCalendar"/>: "initial PEP within 10 school days".</summary>
    SchoolDays = 4,
}
