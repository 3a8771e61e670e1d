// Reports on a notebook executed by dotnet-repl, which itself prints nothing when a cell fails:
// one line for the notebook, then the error of every failing cell.
// Usage: dotnet run .ci/notebook-report.cs -- EXECUTED.ipynb NAME SECONDS EXIT_CODE
// Exit code 0 when the notebook passed: no cell failed, dotnet-repl exited with 0, and at least
// one Measures object was displayed through the library's own HTML (proof that the kernel found
// the library's formatters).
using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;

if (args.Length != 4 || !int.TryParse(args[3], NumberStyles.Integer, CultureInfo.InvariantCulture, out int exitCode))
{
    Console.Error.WriteLine("usage: dotnet run .ci/notebook-report.cs -- EXECUTED.ipynb NAME SECONDS EXIT_CODE");
    return 2;
}

string path = args[0];
string name = args[1];
string seconds = args[2];
if (!File.Exists(path))
{
    Console.WriteLine($"notebook {name}: FAILED in {seconds} s: dotnet repl exited with {exitCode} and wrote no executed notebook");
    return 1;
}

using var notebook = JsonDocument.Parse(File.ReadAllText(path));
var problems = new List<string>();
int codeCells = 0;
int displays = 0;
int cellNumber = 0;
foreach (JsonElement cell in notebook.RootElement.GetProperty("cells").EnumerateArray())
{
    cellNumber++;
    if (cell.GetProperty("cell_type").GetString() != "code")
    {
        continue;
    }

    codeCells++;
    if (!cell.TryGetProperty("outputs", out JsonElement outputs))
    {
        continue;
    }

    foreach (JsonElement output in outputs.EnumerateArray())
    {
        string kind = output.GetProperty("output_type").GetString() ?? "";
        if (kind == "error")
        {
            string message = output.TryGetProperty("evalue", out JsonElement evalue) ? evalue.GetString() ?? "" : "";
            // The message and any compiler errors, without the stack trace.
            var lines = message.Split('\n').Select(l => l.TrimEnd('\r')).TakeWhile(l => !l.TrimStart().StartsWith("at ", StringComparison.Ordinal)).Take(6);
            problems.Add($"  cell {cellNumber} ({FirstLine(Text(cell.GetProperty("source")))}):");
            problems.AddRange(lines.Select(l => "    " + l));
        }
        else if (output.TryGetProperty("data", out JsonElement data)
            && data.TryGetProperty("text/html", out JsonElement html)
            && Text(html).StartsWith("<div class=\"measures\">", StringComparison.Ordinal))
        {
            displays++;
        }
    }
}

if (problems.Count == 0 && exitCode != 0)
{
    problems.Add($"  dotnet repl exited with {exitCode}, though no cell holds an error");
}

if (problems.Count == 0 && displays == 0)
{
    problems.Add("  no Measures object was displayed with the library's HTML: the kernel did not find its formatters");
}

string counts = $"{codeCells} code cells, {displays} Measures displays";
if (problems.Count == 0)
{
    Console.WriteLine($"notebook {name}: passed in {seconds} s ({counts})");
    return 0;
}

Console.WriteLine($"notebook {name}: FAILED in {seconds} s ({counts})");
foreach (string problem in problems)
{
    Console.WriteLine(problem);
}

return 1;

// Notebook text is either a string or an array of lines.
static string Text(JsonElement value) => value.ValueKind == JsonValueKind.Array
    ? string.Concat(value.EnumerateArray().Select(line => line.GetString()))
    : value.GetString() ?? "";

static string FirstLine(string source)
{
    string line = source.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.Length > 0 && !l.StartsWith("//", StringComparison.Ordinal) && !l.StartsWith("using ", StringComparison.Ordinal)) ?? "";
    return line.Length <= 60 ? line : string.Concat(line.AsSpan(0, 57), "...");
}
