namespace Measures.Tests.Time;

/// <summary>
/// Illustrative term dates of an example council for 2023/24 and 2024/25, shaped like a council's
/// published term dates (not any one council's). 2023/24 has 190 pupil days.
/// </summary>
internal static class TermDatesExamples
{
    public const string TwoYears = """
        {
          "name": "Example council",
          "academicYears": [
            {
              "startYear": 2023,
              "terms": [
                {
                  "term": "Autumn",
                  "start": "2023-09-04",
                  "end": "2023-12-20",
                  "halfTerm": {
                    "start": "2023-10-30",
                    "end": "2023-11-03"
                  }
                },
                {
                  "term": "Spring",
                  "start": "2024-01-08",
                  "end": "2024-03-28",
                  "halfTerm": {
                    "start": "2024-02-12",
                    "end": "2024-02-16"
                  }
                },
                {
                  "term": "Summer",
                  "start": "2024-04-15",
                  "end": "2024-07-23",
                  "halfTerm": {
                    "start": "2024-05-27",
                    "end": "2024-05-31"
                  }
                }
              ],
              "insetDays": [
                "2023-09-04",
                "2024-01-08",
                "2024-06-03"
              ]
            },
            {
              "startYear": 2024,
              "terms": [
                {
                  "term": "Autumn",
                  "start": "2024-09-03",
                  "end": "2024-12-20",
                  "halfTerm": {
                    "start": "2024-10-28",
                    "end": "2024-11-01"
                  }
                },
                {
                  "term": "Spring",
                  "start": "2025-01-06",
                  "end": "2025-04-04",
                  "halfTerm": {
                    "start": "2025-02-17",
                    "end": "2025-02-21"
                  }
                },
                {
                  "term": "Summer",
                  "start": "2025-04-22",
                  "end": "2025-07-22",
                  "halfTerm": {
                    "start": "2025-05-26",
                    "end": "2025-05-30"
                  }
                }
              ],
              "insetDays": [
                "2024-09-03",
                "2025-01-06"
              ]
            }
          ]
        }

        """;
}
