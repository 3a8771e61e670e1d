using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Measures.Returns.Cin;
using NodaTime;

namespace Measures.Returns.Sen2;

/// <summary>Turns a SEN2 return's elements, one Person at a time, into records, checking each value and the order of the dates.</summary>
internal sealed class Sen2ReturnBuilder(string source, Sen2ReadOptions options)
{
    // The elements of each group the specification has; those read past (names, postcodes, mediation) are known so that they are not reported.
    private static readonly string[] HeaderGroups = ["CollectionDetails", "Source"];
    private static readonly string[] CollectionLeaves = ["Collection", "Year", "ReferenceDate"];
    private static readonly string[] SourceLeaves = ["SourceLevel", "LEA", "SoftwareCode", "Release", "SerialNo", "DateTime"];
    private static readonly string[] PersonLeaves = ["Surname", "Forename", "FamilyName", "Firstname", "PersonBirthDate", "Sex", "Ethnicity", "Postcode", "UPN", "UniqueLearnerNumber", "UPNunknown"];
    private static readonly string[] PersonGroups = ["Requests", "Request"];
    private static readonly string[] RequestLeaves = ["ReceivedDate", "RequestSource", "RYA", "RequestOutcomeDate", "RequestOutcome", "RequestMediation", "RequestTribunal", "Exported"];
    private static readonly string[] RequestGroups = ["Assessment", "ActivePlans"];
    private static readonly string[] ActivePlanLeaves = ["TransferLA", "RES", "WPB", "ReviewMeeting", "ReviewOutcome", "LastReview"];
    private static readonly string[] ActivePlanGroups = ["PlacementDetail", "SENneed"];
    private static readonly string[] AssessmentLeaves = ["AssessmentOutcome", "AssessmentOutcomeDate", "AssessmentMediation", "AssessmentTribunal", "OtherMediation", "OtherTribunal", "Week20"];
    private static readonly string[] AssessmentGroups = ["NamedPlan"];
    private static readonly string[] PlanLeaves = ["StartDate", "PlanRes", "PlanWPB", "PB", "OA", "DP", "PlanTransfer", "TwentyWeekException", "CeaseDate", "CeaseReason"];
    private static readonly string[] PlanGroups = ["PlanDetail"];

    /// <summary>Sex as the specification lists it: M, F; U (not known) is accepted.</summary>
    internal static readonly string[] Sexes = ["M", "F", "U"];

    private readonly ProblemList capped = new(options.MaxProblems);
    private readonly List<ReturnProblem> all = [];
    private readonly List<Sen2Person> persons = [];
    private Sen2Header? header;

    public void Problem(DataProblemKind kind, Sen2Part part, int line, int column, string field, string? value, string? personId, string message)
    {
        var problem = new DataProblem(kind, message, source, line, column, field, value, personId is null ? "" : "person " + personId);
        if (options.Strict)
        {
            capped.Add(problem);
        }
        else
        {
            all.Add(new ReturnProblem(problem, (int)part, personId));
        }
    }

    public void AddHeader(CinXmlNode node)
    {
        if (header is not null)
        {
            Problem(DataProblemKind.Duplicate, Sen2Part.Header, node.Line, node.Column, node.Name, null, null, "The file has a second Header; a return has one. Only the first is read.");
            return;
        }

        var fields = new Fields(this, node, Sen2Part.Header, null, [], HeaderGroups);
        var collection = new Fields(this, fields.Group("CollectionDetails"), Sen2Part.Header, null, CollectionLeaves, []);
        var from = new Fields(this, fields.Group("Source"), Sen2Part.Header, null, SourceLeaves, []);
        header = new Sen2Header(collection.Text("Collection"), collection.Text("Year"), collection.Date("ReferenceDate"), from.Text("LEA"));
        if (header.Collection is { } name && !name.Equals("SEN2", StringComparison.OrdinalIgnoreCase))
        {
            var leaf = collection.Leaf("Collection")!;
            Problem(DataProblemKind.InvalidValue, Sen2Part.Header, leaf.Line, leaf.Column, leaf.Name, name, null, "This file says it is not a SEN2 return (Collection is SEN2); check that the right file was given.");
        }
    }

    public void AddPerson(CinXmlNode node)
    {
        // Who the person is first, wherever it stands, so that every problem names them.
        string? upn = node.Elements.FirstOrDefault(e => Same(e.Name, "UPN"))?.Text;
        string? uln = node.Elements.FirstOrDefault(e => Same(e.Name, "UniqueLearnerNumber"))?.Text;
        string id = upn ?? uln ?? string.Create(CultureInfo.InvariantCulture, $"line {node.Line}");
        var fields = new Fields(this, node, Sen2Part.Person, id, PersonLeaves, PersonGroups);
        var requests = new List<Sen2Request>();
        foreach (var group in fields.Groups("Requests"))
        {
            // Requests holds Request elements; a Requests holding a request's own elements is read as one request.
            if (group.Elements.Any(e => Same(e.Name, "Request")))
            {
                var inner = new Fields(this, group, Sen2Part.Request, id, [], ["Request"]);
                requests.AddRange(inner.Groups("Request").Select(r => Request(r, id)));
            }
            else
            {
                requests.Add(Request(group, id));
            }
        }

        requests.AddRange(fields.Groups("Request").Select(r => Request(r, id)));
        persons.Add(new Sen2Person(id, fields.Date("PersonBirthDate"), fields.Code("Sex", Sexes), requests.AsReadOnly(), new RecordLocation(source, node.Line)));
    }

    private Sen2Request Request(CinXmlNode node, string id)
    {
        var fields = new Fields(this, node, Sen2Part.Request, id, RequestLeaves, RequestGroups);
        var received = fields.Date("ReceivedDate");
        var decided = fields.Date("RequestOutcomeDate");
        if (received is { } r && decided is { } d && d < r)
        {
            fields.Fault(DataProblemKind.Inconsistent, "RequestOutcomeDate", $"The request is decided before it was received (ReceivedDate {CinDates.Format(r)}); check both dates.");
        }

        // ActivePlans/TransferLA names the council a plan was transferred from: the request's plans were not issued here.
        bool transferred = fields.Groups("ActivePlans").Any(a => new Fields(this, a, Sen2Part.Plan, id, ActivePlanLeaves, ActivePlanGroups).Text("TransferLA") is not null);
        var assessments = fields.Groups("Assessment").Select(a => Assessment(a, id, received, transferred)).ToList();
        if (received is null && fields.Leaf("ReceivedDate") is null && assessments.Any(a => a.Plans.Count > 0))
        {
            fields.Fault(DataProblemKind.Missing, "ReceivedDate", "This request led to an EHC plan but has no ReceivedDate, so the 20 weeks cannot be timed; give the day the request was received.");
        }

        return new Sen2Request(received, fields.Text("RequestOutcome"), decided, assessments.AsReadOnly(), new RecordLocation(source, node.Line));
    }

    private Sen2Assessment Assessment(CinXmlNode node, string id, LocalDate? received, bool transferred)
    {
        var fields = new Fields(this, node, Sen2Part.Assessment, id, AssessmentLeaves, AssessmentGroups);
        var decided = fields.Date("AssessmentOutcomeDate");
        if (received is { } r && decided is { } d && d < r)
        {
            fields.Fault(DataProblemKind.Inconsistent, "AssessmentOutcomeDate", $"The assessment is decided before its request was received (ReceivedDate {CinDates.Format(r)}); check both dates.");
        }

        // Week20 marks the assessment as an exception to the 20-week time limit; a plan's own TwentyWeekException is read first.
        bool? week20 = fields.Boolean("Week20", Sen2Part.PlanException);
        var plans = fields.Groups("NamedPlan").Select(p => Plan(p, id, received, transferred, week20)).ToList();
        return new Sen2Assessment(fields.Text("AssessmentOutcome"), decided, plans.AsReadOnly(), new RecordLocation(source, node.Line));
    }

    private Sen2Plan Plan(CinXmlNode node, string id, LocalDate? received, bool transferredIn, bool? week20)
    {
        var fields = new Fields(this, node, Sen2Part.Plan, id, PlanLeaves, PlanGroups);
        var start = fields.Date("StartDate");
        if (received is { } r && start is { } s && s < r)
        {
            fields.Fault(DataProblemKind.Inconsistent, "StartDate", $"The plan is issued before its request was received (ReceivedDate {CinDates.Format(r)}); check both dates.");
        }

        bool transferred = fields.Boolean("PlanTransfer", Sen2Part.Plan) ?? transferredIn;
        bool? exception = fields.Boolean("TwentyWeekException", Sen2Part.PlanException) ?? week20;
        return new Sen2Plan(start, transferred, exception, new RecordLocation(source, node.Line));
    }

    public LoadResult<Sen2Return> Finish()
    {
        if (options.Strict && capped.Count > 0)
        {
            return capped.ToResult<Sen2Return>();
        }

        return LoadResult<Sen2Return>.ForValue(new Sen2Return
        {
            Header = header ?? Sen2Header.Empty,
            Persons = persons.AsReadOnly(),
            Problems = all.AsReadOnly(),
        });
    }

    private static bool Same(string a, string b) => a.Equals(b, StringComparison.OrdinalIgnoreCase);

    /// <summary>The elements of one group, sorted into its values and its groups, every stray or unknown element reported.</summary>
    private sealed class Fields
    {
        private readonly Sen2ReturnBuilder owner;
        private readonly Sen2Part part;
        private readonly string? id;
        private readonly Dictionary<string, CinXmlNode> leaves = new(StringComparer.OrdinalIgnoreCase);
        private readonly List<CinXmlNode> groups = [];
        private readonly int line;
        private readonly int column;

        public Fields(Sen2ReturnBuilder owner, CinXmlNode? node, Sen2Part part, string? id, string[] leafNames, string[] groupNames)
        {
            (this.owner, this.part, this.id) = (owner, part, id);
            if (node is null)
            {
                return;
            }

            (line, column) = (node.Line, node.Column);

            foreach (var (text, line, column) in node.StrayText)
            {
                owner.Problem(DataProblemKind.InvalidValue, part, line, column, node.Name, text, id, $"This text stands between the elements of {node.Name}, where only elements belong; it is not read.");
            }

            foreach (var element in node.Elements)
            {
                if (leafNames.Any(n => Same(n, element.Name)))
                {
                    if (element.Elements.Count > 0)
                    {
                        owner.Problem(DataProblemKind.InvalidValue, part, element.Line, element.Column, element.Name, null, id, $"{element.Name} holds elements, where its value belongs; it is read as empty.");
                    }
                    else if (!leaves.TryAdd(element.Name, element))
                    {
                        owner.Problem(DataProblemKind.Duplicate, part, element.Line, element.Column, element.Name, element.Text, id, string.Create(CultureInfo.InvariantCulture, $"{element.Name} is given twice in {node.Name} (first on line {leaves[element.Name].Line}); the first is read."));
                    }
                }
                else if (groupNames.Any(n => Same(n, element.Name)))
                {
                    groups.Add(element);
                }
                else
                {
                    owner.Problem(DataProblemKind.UnknownName, part, element.Line, element.Column, element.Name, element.Text, id, $"{element.Name} is not an element of {node.Name} in a SEN2 return; it is not read.");
                }
            }
        }

        public CinXmlNode? Leaf(string name) => leaves.GetValueOrDefault(name);

        public CinXmlNode? Group(string name) => groups.FirstOrDefault(g => Same(g.Name, name));

        public IEnumerable<CinXmlNode> Groups(string name) => groups.Where(g => Same(g.Name, name));

        public string? Text(string name) => Leaf(name)?.Text;

        public LocalDate? Date(string name)
        {
            if (Leaf(name) is not { Text: { } text } leaf)
            {
                return null;
            }

            var date = CinDates.Parse(text, out string? why);
            if (date is null)
            {
                owner.Problem(DataProblemKind.InvalidValue, part, leaf.Line, leaf.Column, leaf.Name, text, id, why!);
            }

            return date;
        }

        public string? Code(string name, string[] codes)
        {
            if (Leaf(name) is not { Text: { } text } leaf)
            {
                return null;
            }

            string code = text.ToUpperInvariant();
            if (!codes.Contains(code, StringComparer.Ordinal))
            {
                owner.Problem(DataProblemKind.InvalidValue, part, leaf.Line, leaf.Column, leaf.Name, text, id, $"\"{text}\" is not a code of {leaf.Name}; the codes are {string.Join(", ", codes)}.");
                return null;
            }

            return code;
        }

        public bool? Boolean(string name, Sen2Part partOf)
        {
            if (Leaf(name) is not { Text: { } text } leaf)
            {
                return null;
            }

            switch (text.ToLowerInvariant())
            {
                case "true" or "1" or "y" or "yes":
                    return true;
                case "false" or "0" or "n" or "no":
                    return false;
                default:
                    owner.Problem(DataProblemKind.InvalidValue, partOf, leaf.Line, leaf.Column, leaf.Name, text, id, $"{leaf.Name} is true or false (or 1 or 0, Y or N); \"{text}\" is neither.");
                    return null;
            }
        }

        public void Fault(DataProblemKind kind, string name, string message)
        {
            var leaf = Leaf(name);
            owner.Problem(kind, part, leaf?.Line ?? line, leaf?.Column ?? column, name, leaf?.Text, id, message);
        }
    }
}
