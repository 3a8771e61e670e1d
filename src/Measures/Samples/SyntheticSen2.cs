using System;
using System.Collections.Generic;
using System.Globalization;
using Measures.Internal;
using Measures.Returns;
using Measures.Returns.Sen2;
using NodaTime;

namespace Measures.Samples;

/// <summary>
/// Makes a synthetic SEN2 return: persons with clearly synthetic identifiers ("SEN2-000001"), no names, each with a
/// request, most of them assessed and issued a plan some 80 to 200 days later, a few marked as exceptions to the 20-week
/// time limit and a few transferred in. The same seed gives the same return on every machine.
/// </summary>
/// <remarks>This type is stateless and thread-safe.</remarks>
public static class SyntheticSen2
{
    /// <summary>Makes a return of <paramref name="persons"/> persons whose requests fall in the calendar year before <paramref name="collectionYear"/> and the one before that.</summary>
    /// <param name="seed">The seed: the same seed and sizes give the same return.</param>
    /// <param name="persons">How many persons, 0 to 1,000,000.</param>
    /// <param name="collectionYear">The collection's year (the January census day's year), 2000 to 2100.</param>
    /// <returns>The return.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A size or year is out of range.</exception>
    public static Sen2Return Generate(int seed, int persons, int collectionYear)
    {
        Preconditions.CheckArgumentRange(persons, 0, 1_000_000);
        Preconditions.CheckArgumentRange(collectionYear, 2000, 2100);
        var random = new Random(seed);
        var first = new LocalDate(collectionYear - 2, 1, 1);
        var list = new List<Sen2Person>(persons);
        for (int i = 1; i <= persons; i++)
        {
            var received = first.PlusDays(random.Next(0, 730));
            var born = received.PlusDays(-random.Next(365, 365 * 20));
            var assessments = new List<Sen2Assessment>();
            if (random.Next(10) < 8)
            {
                var decided = received.PlusDays(random.Next(20, 42));
                var plans = new List<Sen2Plan>();
                if (random.Next(10) < 8)
                {
                    int roll = random.Next(20);
                    plans.Add(new Sen2Plan(received.PlusDays(random.Next(80, 200)), roll == 0, roll is 1 or 2 ? true : roll == 3 ? null : false));
                }

                assessments.Add(new Sen2Assessment("Y", decided, plans.AsReadOnly()));
            }

            var request = new Sen2Request(received, "A", received.PlusDays(random.Next(10, 42)), assessments.AsReadOnly());
            string sex = random.Next(3) == 0 ? "F" : "M";
            list.Add(new Sen2Person(string.Create(CultureInfo.InvariantCulture, $"SEN2-{i:000000}"), born, sex, [request], RecordLocation.None));
        }

        return new Sen2Return
        {
            Header = new Sen2Header("SEN2", collectionYear.ToString(CultureInfo.InvariantCulture), new LocalDate(collectionYear, 1, 18), "999"),
            Persons = list.AsReadOnly(),
        };
    }
}
