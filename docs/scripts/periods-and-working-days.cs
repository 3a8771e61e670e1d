#:project ../../src/Measures/Measures.csproj
// Measures is not on nuget.org yet, so this script builds it from the repository it sits in. Once the
// package is published, a copy elsewhere can use `#:package Measures@0.1.0` instead.

// Reporting periods and timeliness: how Measures names the periods councils report on, how
// their days add up, and how to place case records in them.
// Run it with the .NET 10 SDK:  dotnet run periods-and-working-days.cs
// Every figure printed is also checked: a wrong one stops the script with an error naming it.

using System.Globalization;
using Measures.Time;
using NodaTime;

// A quarter. Quarters follow the financial year, which starts on 1 April: Q3 of 2020/21 is
// October to December 2020.
var q3 = ReportingPeriod.Quarter(2020, 3);
Expect(Day(q3.Start), "1 October 2020", "first day of Q3 2020/21");
Expect(Day(q3.End), "31 December 2020", "last day of Q3 2020/21");
Expect(q3.Days, 92, "days in Q3 2020/21");
Console.WriteLine($"Q3 2020/21: {Day(q3.Start)} to {Day(q3.End)}, {q3.Days} days");

// The months of a quarter cover it exactly, with no gap and no overlap, so a flow measure's
// quarter is the sum of its months.
ReportingPeriod[] months = [ReportingPeriod.Month(2020, 10), ReportingPeriod.Month(2020, 11), ReportingPeriod.Month(2020, 12)];
Expect(months[0].Start, q3.Start, "the first month starts the quarter");
Expect(months[^1].End, q3.End, "the last month ends the quarter");
for (int i = 1; i < months.Length; i++)
{
    Expect(months[i].Start, months[i - 1].End.PlusDays(1), $"month {i + 1} starts the day after month {i} ends");
}

Expect(months.Sum(m => m.Days), q3.Days, "days of the three months");
foreach (var month in months)
{
    Console.WriteLine($"  {month.Start.ToString("MMMM uuuu", CultureInfo.InvariantCulture),-14} {month.Days,3} days");
}

// Financial and calendar years: 2023/24 holds 29 February 2024; EHCP timeliness is measured
// over the calendar year. The two share 1 April to 31 December 2023.
var fy = ReportingPeriod.FinancialYear(2023);
var cy = ReportingPeriod.CalendarYear(2023);
Expect(fy.Days, 366, "days in 2023/24");
Expect(fy.Contains(new LocalDate(2024, 2, 29)), true, "29 February 2024 falls in 2023/24");
Expect(cy.Days, 365, "days in calendar year 2023");
var shared = ReportingPeriod.DateRange(LocalDate.Max(fy.Start, cy.Start), LocalDate.Min(fy.End, cy.End));
Expect((Day(shared.Start), Day(shared.End)), ("1 April 2023", "31 December 2023"), "days shared by 2023/24 and 2023");
Expect(shared.Days, 275, "days shared by 2023/24 and 2023");
Console.WriteLine($"2023/24 has {fy.Days} days, 2023 has {cy.Days}; they share {shared.Days} ({Day(shared.Start)} to {Day(shared.End)})");

// Which period does a case record fall in? Illustrative contacts, not real data. Both ends of a
// period are in it: 1 October and 31 December are in Q3, 30 September and 1 January are not.
(string Id, LocalDate Received)[] contacts =
[
    ("C-1001", new LocalDate(2020, 9, 30)),
    ("C-1002", new LocalDate(2020, 10, 1)),
    ("C-1003", new LocalDate(2020, 11, 15)),
    ("C-1004", new LocalDate(2020, 12, 24)),
    ("C-1005", new LocalDate(2020, 12, 31)),
    ("C-1006", new LocalDate(2021, 1, 1)),
];
var inQ3 = contacts.Where(c => q3.Contains(c.Received)).Select(c => c.Id).ToList();
Expect(string.Join(", ", inQ3), "C-1002, C-1003, C-1004, C-1005", "contacts received in Q3 2020/21");
var byMonth = months.Select(m => contacts.Count(c => m.Contains(c.Received))).ToList();
Expect(string.Join(" ", byMonth), "1 1 2", "contacts received in October, November and December");
Expect(byMonth.Sum(), inQ3.Count, "the months' contacts add up to the quarter's");
Console.WriteLine($"Contacts in Q3 2020/21: {inQ3.Count} (October {byMonth[0]}, November {byMonth[1]}, December {byMonth[2]})");

// Timeliness: EHCPs issued within 20 weeks of the request, counted over the calendar year in
// which the plan was issued. A plan issued on the deadline is in time. Illustrative plans.
(string Id, LocalDate Requested, LocalDate Issued)[] plans =
[
    ("P-01", new LocalDate(2022, 9, 5), new LocalDate(2023, 1, 20)),  // deadline 23 January 2023
    ("P-02", new LocalDate(2023, 1, 9), new LocalDate(2023, 5, 29)),  // deadline 29 May 2023: on the day
    ("P-03", new LocalDate(2023, 2, 1), new LocalDate(2023, 7, 3)),   // deadline 21 June 2023: late
    ("P-04", new LocalDate(2023, 6, 12), new LocalDate(2023, 10, 2)), // deadline 30 October 2023
    ("P-05", new LocalDate(2023, 8, 1), new LocalDate(2023, 12, 29)), // deadline 19 December 2023: late
    ("P-06", new LocalDate(2023, 9, 4), new LocalDate(2024, 1, 15)),  // issued in 2024: not in 2023
];
var issued2023 = plans.Where(p => cy.Contains(p.Issued)).ToList();
var onTime = issued2023.Where(p => p.Issued <= p.Requested.PlusWeeks(20)).ToList();
Expect(Day(plans[1].Requested.PlusWeeks(20)), "29 May 2023", "deadline of P-02");
Expect(issued2023.Count, 5, "plans issued in 2023 (the denominator)");
Expect(string.Join(", ", onTime.Select(p => p.Id)), "P-01, P-02, P-04", "plans issued within 20 weeks");
double percent = 100.0 * onTime.Count / issued2023.Count;
Expect(Math.Round(percent, 1), 60.0, "percentage issued within 20 weeks");
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{onTime.Count} out of {issued2023.Count} new EHCPs issued in 2023 were issued within 20 weeks ({percent:0}%)."));

// Periods sort by first day, then last day.
var sorted = new[] { fy, months[2], cy, q3, months[0] }.Order().ToList();
Expect(
    string.Join(" | ", sorted.Select(p => $"{Day(p.Start)} to {Day(p.End)}")),
    "1 October 2020 to 31 October 2020 | 1 October 2020 to 31 December 2020 | 1 December 2020 to 31 December 2020 | 1 January 2023 to 31 December 2023 | 1 April 2023 to 31 March 2024",
    "periods in order");
Expect(q3 < fy, true, "Q3 2020/21 comes before 2023/24");
Console.WriteLine("In order:");
foreach (var period in sorted)
{
    Console.WriteLine($"  {period.Type,-14} {Day(period.Start)} to {Day(period.End)}");
}

// A mistake is caught where it is made: a range ending before it starts is refused.
try
{
    ReportingPeriod.DateRange(new LocalDate(2020, 2, 1), new LocalDate(2020, 1, 31));
    throw new InvalidOperationException("A range ending before it starts was accepted.");
}
catch (ArgumentException e) when (e.ParamName == "end")
{
    Expect(e.Message.StartsWith("The last date 2020-01-31 is before the first date 2020-02-01.", StringComparison.Ordinal), true, "the error message");
    Console.WriteLine($"Refused: {e.Message}");
}

// Stops the script when a figure is not the one the comment states.
static void Expect<T>(T actual, T expected, string what)
{
    if (!EqualityComparer<T>.Default.Equals(actual, expected))
    {
        throw new InvalidOperationException($"{what}: expected {expected}, got {actual}.");
    }
}

// Dates as a report writes them, whatever the machine's language settings.
static string Day(LocalDate date) => date.ToString("d MMMM uuuu", CultureInfo.InvariantCulture);
