using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Runtime.InteropServices;
using Measures.Internal;
using NodaTime;

namespace Measures.Returns.Cin;

/// <summary>
/// Turns the elements of a census, one Child at a time, into records, checking each value and the dates that
/// must follow one another, and gathers the records and problems of one read.
/// </summary>
internal sealed class CinCensusBuilder(string source, CinReadOptions options, bool large = false)
{
    private static readonly string[] HeaderGroups = ["CollectionDetails", "Source"];
    private static readonly string[] CollectionLeaves = ["Collection", "Year", "ReferenceDate"];
    private static readonly string[] SourceLeaves = ["SourceLevel", "LEA", "SoftwareCode", "Release", "SerialNo", "DateTime"];
    private static readonly string[] ChildGroups = ["ChildIdentifiers", "ChildCharacteristics", "CINdetails"];
    private static readonly string[] IdentifierLeaves = ["LAchildID", "UPN", "FormerUPN", "UPNunknown", "PersonBirthDate", "ExpectedPersonBirthDate", "Sex", "GenderCurrent", "PersonDeathDate"];
    private static readonly string[] CharacteristicLeaves = ["Ethnicity"];
    private static readonly string[] CharacteristicGroups = ["Disabilities"];
    private static readonly string[] DisabilityLeaves = ["Disability"];
    private static readonly string[] EpisodeLeaves = ["CINreferralDate", "ReferralSource", "PrimaryNeedCode", "CINclosureDate", "ReasonForClosure", "DateOfInitialCPC", "ReferralNFA"];
    private static readonly string[] EpisodeGroups = ["Assessments", "CINPlanDates", "Section47", "ChildProtectionPlans"];
    private static readonly string[] AssessmentLeaves = ["AssessmentActualStartDate", "AssessmentInternalReviewDate", "AssessmentAuthorisationDate"];
    private static readonly string[] AssessmentGroups = ["FactorsIdentifiedAtAssessment"];
    private static readonly string[] FactorLeaves = ["AssessmentFactors"];
    private static readonly string[] PlanLeaves = ["CINPlanStartDate", "CINPlanEndDate"];
    private static readonly string[] Section47Leaves = ["S47ActualStartDate", "InitialCPCtarget", "DateOfInitialCPC", "ICPCnotRequired"];
    private static readonly string[] ProtectionLeaves = ["CPPstartDate", "CPPendDate", "InitialCategoryOfAbuse", "LatestCategoryOfAbuse", "NumberOfPreviousCPP"];
    private static readonly string[] ProtectionGroups = ["Reviews"];
    private static readonly string[] ReviewLeaves = ["CPPreviewDate"];

    /// <summary>Gets every element name the builder looks for, as it looks for them.</summary>
    public static IEnumerable<string> ElementNames =>
        new[]
        {
            HeaderGroups, CollectionLeaves, SourceLeaves, ChildGroups, IdentifierLeaves, CharacteristicLeaves, CharacteristicGroups, DisabilityLeaves,
            EpisodeLeaves, EpisodeGroups, AssessmentLeaves, AssessmentGroups, FactorLeaves, PlanLeaves, Section47Leaves, ProtectionLeaves,
            ProtectionGroups, ReviewLeaves,
        }.SelectMany(names => names);

    private readonly ProblemList capped = new(options.MaxProblems);
    private readonly List<ReturnProblem> all = [];
    private readonly HashSet<string> affected = new(StringComparer.Ordinal);
    private readonly CinRows rows = new(source, large);
    // The rows of every part, in order, when a file is read in parts: joined without copying.
    private CinRows[]? parts;
    // Each child's first line, in a table borrowed from the shared pool and given back when the census is finished.
    // Files usually list children in ordinal order of LAchildID: while they come so, none can have come before, and
    // the table is filled only when one does not (or one has no LAchildID).
    private readonly StringTable firstLineOf = new();
    private bool inOrder = true;
    private CinCensusHeader? header;

    // A child's problems are held until the child is read, then listed in the order they stand in the file.
    private List<(DataProblem Problem, CinModule Module, string? ChildId)>? pending;
    private readonly List<(DataProblem Problem, CinModule Module, string? ChildId)> pendingList = [];

    public void Problem(DataProblemKind kind, CinModule module, int line, int column, string field, string? value, string? childId, string message)
    {
        var problem = new DataProblem(kind, message, source, line, column, field, value, string.IsNullOrEmpty(childId) ? "" : "child " + childId);
        if (!string.IsNullOrEmpty(childId))
        {
            affected.Add(childId);
        }

        if (pending is not null)
        {
            pending.Add((problem, module, childId));
            return;
        }

        Keep(problem, module, childId);
    }

    private void Keep(DataProblem problem, CinModule module, string? childId)
    {
        if (options.Strict)
        {
            capped.Add(problem);
        }
        else
        {
            all.Add(new ReturnProblem(problem, (int)module, string.IsNullOrEmpty(childId) ? null : childId));
        }
    }

    public void AddHeader(CinXmlNode node)
    {
        fieldsUsed = 0;
        var context = new Context(this, CinModule.Header, null);
        if (header is not null)
        {
            Problem(DataProblemKind.Duplicate, CinModule.Header, node.Line, node.Column, node.Name, null, null, "The file has a second Header; a census has one. Only the first is read.");
            return;
        }

        var fields = context.Split(node, [], HeaderGroups);
        var collection = context.Split(fields.Group("CollectionDetails"), CollectionLeaves, []);
        var from = context.Split(fields.Group("Source"), SourceLeaves, []);
        header = new CinCensusHeader(
            collection.Text("Collection"), collection.Text("Year"), collection.Date("ReferenceDate", false), from.Text("SourceLevel"), from.Text("LEA"),
            from.Text("SoftwareCode"), from.Text("Release"), from.Text("SerialNo"), from.Text("DateTime"));
        if (header.Collection is { } name && !name.Equals("CIN", StringComparison.OrdinalIgnoreCase))
        {
            var leaf = collection.Leaf("Collection")!;
            Problem(DataProblemKind.InvalidValue, CinModule.Header, leaf.Line, leaf.Column, leaf.Name, name, null, "This file says it is not the CIN census (Collection is CIN for a CIN census); check that the right file was given.");
        }
    }

    public void AddChild(CinXmlNode node)
    {
        fieldsUsed = 0;
        var problems = pendingList;
        problems.Clear();
        pending = problems;
        try
        {
            ReadChild(node);
        }
        finally
        {
            pending = null;

            // In the order they stand in the file (a stable sort: problems at one place keep the order found).
            for (int i = 1; i < problems.Count; i++)
            {
                var item = problems[i];
                int j = i - 1;
                while (j >= 0 && Before(item.Problem, problems[j].Problem))
                {
                    problems[j + 1] = problems[j];
                    j--;
                }

                problems[j + 1] = item;
            }

            foreach (var (problem, module, childId) in problems)
            {
                Keep(problem, module, childId);
            }

            problems.Clear();
        }

        static bool Before(DataProblem a, DataProblem b) => a.Line < b.Line || (a.Line == b.Line && a.Column < b.Column);
    }

    private void ReadChild(CinXmlNode node)
    {
        // The child's identifier first, wherever it stands, so that every problem of the child names it.
        string? childId = ChildId(node);
        var fields = new Context(this, CinModule.ChildIdentifiers, childId).Split(node, [], ChildGroups);
        var identifiers = new Context(this, CinModule.ChildIdentifiers, childId).Split(fields.Group("ChildIdentifiers"), IdentifierLeaves, []);
        var characteristicsContext = new Context(this, CinModule.ChildCharacteristics, childId);
        var characteristics = characteristicsContext.Split(fields.Group("ChildCharacteristics"), CharacteristicLeaves, CharacteristicGroups);
        if (childId is null)
        {
            Tabulate();
            Problem(DataProblemKind.Missing, CinModule.ChildIdentifiers, node.Line, node.Column, "LAchildID", null, null, "This child has no LAchildID; every child needs the council's identifier. The child is read, but cannot be told apart from others.");
        }
        else if (!Claim(childId, node.Line, out int first))
        {
            var leaf = identifiers.Leaf("LAchildID")!;
            Problem(DataProblemKind.Duplicate, CinModule.ChildIdentifiers, leaf.Line, leaf.Column, leaf.Name, childId, childId, string.Create(CultureInfo.InvariantCulture, $"This child is given again (first on line {first}); give each child one Child element, holding all the child's episodes. Both are read."));
        }

        string sexName = identifiers.Leaf("Sex") is null && identifiers.Leaf("GenderCurrent") is not null ? "GenderCurrent" : "Sex";
        if (identifiers.Leaf("Sex") is not null && identifiers.Leaf("GenderCurrent") is { } gender)
        {
            Problem(DataProblemKind.Duplicate, CinModule.ChildIdentifiers, gender.Line, gender.Column, gender.Name, gender.Text, childId, "The child has both Sex and GenderCurrent; give one (Sex from 2024 to 2025). Sex is read.");
        }

        var disabilities = Scratch(scratchDisabilities);
        foreach (var group in characteristics.Groups("Disabilities"))
        {
            characteristicsContext.Split(group, DisabilityLeaves, [], repeated: true).AddCodes(CinCodes.Disabilities, disabilities);
        }

        int episodes = rows.Episodes.Count;
        foreach (var group in fields.Groups("CINdetails"))
        {
            Episode(group, childId);
        }

        rows.Children.Add(new CinRows.ChildRow(
            rows.AddText(childId.AsSpan()),
            rows.AddUpn(identifiers.Text("UPN")),
            rows.AddUpn(identifiers.Text("FormerUPN")),
            rows.AddText(identifiers.Text("UPNunknown")),
            identifiers.Date("PersonBirthDate", false),
            identifiers.Date("ExpectedPersonBirthDate", false),
            rows.AddCode(CinCodes.Sexes, identifiers.Code(sexName, CinCodes.Sexes)),
            identifiers.Date("PersonDeathDate", false),
            rows.AddCode(CinCodes.Ethnicities, characteristics.Code("Ethnicity", CinCodes.Ethnicities)),
            Disabilities(disabilities),
            new(episodes, rows.Episodes.Count - episodes),
            node.Line));
    }

    private static string? ChildId(CinXmlNode node)
    {
        foreach (var group in node.Elements)
        {
            if (Same(group.Name, "ChildIdentifiers"))
            {
                foreach (var element in group.Elements)
                {
                    if (Same(element.Name, "LAchildID"))
                    {
                        return element.Text;
                    }
                }
            }
        }

        return null;
    }

    public LoadResult<CinCensus> Finish()
    {
        firstLineOf.Release();
        if (options.Strict && capped.Count > 0)
        {
            return capped.ToResult<CinCensus>();
        }

        var census = new CinCensus
        {
            Header = header ?? new CinCensusHeader(null, null, null, null, null, null, null, null, null),
            Children = new CinChildList(parts ?? [rows]),
            Problems = all.AsReadOnly(),
            AffectedChildren = affected,
        };
        return LoadResult<CinCensus>.ForValue(census);
    }

    /// <summary>Gets the rows the builder fills.</summary>
    internal CinRows Rows => rows;

    /// <summary>Gets whether the builder has found a problem (whose words may name a line).</summary>
    internal bool HasProblems => all.Count > 0 || capped.Count > 0;

    /// <summary>Gets the file name records and problems are reported against.</summary>
    internal string Source => source;

    /// <summary>Takes a LAchildID for a child read on <paramref name="line"/>: false, and nothing taken, when a child with it has been read.</summary>
    internal bool Claim(ReadOnlySpan<char> childId, int line) => Claim(childId, line, out _);

    /// <summary>Takes a LAchildID, or gives the line of the child that took it.</summary>
    private bool Claim(ReadOnlySpan<char> childId, int line, out int first)
    {
        first = 0;
        if (inOrder)
        {
            // While in order, every child read has a LAchildID, and the last has the greatest.
            if (rows.Children.Count == 0 || childId.SequenceCompareTo(rows.IdOf(rows.Children.Count - 1)) > 0)
            {
                return true;
            }

            Tabulate();
        }

        return firstLineOf.TryAdd(childId.ToString(), line, out first);
    }

    // Puts every child read so far in the table, and every child from now on: each has a LAchildID taken only once.
    private void Tabulate()
    {
        if (!inOrder)
        {
            return;
        }

        inOrder = false;
        for (int i = 0; i < rows.Children.Count; i++)
        {
            firstLineOf.TryAdd(rows.IdString(i), rows.Children[i].Where, out _);
        }
    }

    /// <summary>Gets the LAchildIDs of the first and last child when every child so far came in ordinal order of LAchildID (and had one); null when not, or none has come.</summary>
    internal (string First, string Last)? OrderedIds => inOrder && rows.Children.Count > 0 ? (rows.IdString(0), rows.IdString(rows.Children.Count - 1)) : null;

    /// <summary>Whether a child with this LAchildID has been read.</summary>
    internal bool Holds(ReadOnlySpan<char> childId)
    {
        if (!inOrder)
        {
            return firstLineOf.TryGetValue(childId, out _);
        }

        // In order: the children's rows are sorted by LAchildID.
        int low = 0, high = rows.Children.Count - 1;
        while (low <= high)
        {
            int middle = low + ((high - low) / 2);
            int order = rows.IdOf(middle).SequenceCompareTo(childId);
            if (order == 0)
            {
                return true;
            }

            if (order < 0)
            {
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        return false;
    }

    /// <summary>Gives back what the builder borrowed, when its records are not wanted.</summary>
    internal void Release() => firstLineOf.Release();

    /// <summary>
    /// The census of a file read in parts, one builder a part in the file's order and no child in two parts: the first
    /// part's header, and every part's children and problems, in order.
    /// </summary>
    internal static LoadResult<CinCensus> Join(CinCensusBuilder[] parts)
    {
        var first = parts[0];
        first.parts = [.. parts.Select(p => p.rows)];
        for (int i = 1; i < parts.Length; i++)
        {
            var part = parts[i];
            first.capped.Merge(part.capped);
            first.all.AddRange(part.all);
            first.affected.UnionWith(part.affected);
            part.Release();
        }

        return first.Finish();
    }

    private static bool Same(string a, string b) => a.Equals(b, StringComparison.OrdinalIgnoreCase);

    private void Episode(CinXmlNode node, string? childId)
    {
        var context = new Context(this, CinModule.CinDetails, childId);
        var fields = context.Split(node, EpisodeLeaves, EpisodeGroups);
        var referral = fields.Date("CINreferralDate", true);
        var closure = fields.Date("CINclosureDate", false);
        if (referral is { } r && closure is { } c && c < r)
        {
            fields.Fault(DataProblemKind.Inconsistent, "CINclosureDate", $"The episode closes before its referral (CINreferralDate {CinDates.Format(r)}); check both dates.");
        }

        int assessments = rows.Assessments.Count;
        foreach (var group in fields.Groups("Assessments"))
        {
            var assessment = new Context(this, CinModule.Assessments, childId).Split(group, AssessmentLeaves, AssessmentGroups);
            var authorised = assessment.Date("AssessmentAuthorisationDate", false);
            if (referral is { } from && authorised is { } to && to < from)
            {
                assessment.Fault(DataProblemKind.Inconsistent, "AssessmentAuthorisationDate", $"The assessment is authorised before its episode's referral (CINreferralDate {CinDates.Format(from)}); check both dates.");
            }

            var factors = Scratch(scratchFactors);
            foreach (var list in assessment.Groups("FactorsIdentifiedAtAssessment"))
            {
                new Context(this, CinModule.Assessments, childId).Split(list, FactorLeaves, [], repeated: true).AddCodes(null, factors);
            }

            rows.Assessments.Add(new CinRows.AssessmentRow(assessment.Date("AssessmentActualStartDate", true), assessment.Date("AssessmentInternalReviewDate", false), authorised, Factors(factors), group.Line));
        }

        int plans = rows.Plans.Count;
        foreach (var group in fields.Groups("CINPlanDates"))
        {
            var plan = new Context(this, CinModule.CinPlanDates, childId).Split(group, PlanLeaves, []);
            var start = plan.Date("CINPlanStartDate", true);
            var end = plan.Date("CINPlanEndDate", false);
            if (start is { } s && end is { } e && e < s)
            {
                plan.Fault(DataProblemKind.Inconsistent, "CINPlanEndDate", $"The CIN plan ends before it starts (CINPlanStartDate {CinDates.Format(s)}); check both dates.");
            }

            rows.Plans.Add(new CinRows.PlanRow(start, end, group.Line));
        }

        int enquiries = rows.Enquiries.Count;
        foreach (var group in fields.Groups("Section47"))
        {
            var enquiry = new Context(this, CinModule.Section47, childId).Split(group, Section47Leaves, []);
            var start = enquiry.Date("S47ActualStartDate", true);
            var conference = enquiry.Date("DateOfInitialCPC", false);
            if (start is { } s && conference is { } held && held < s)
            {
                enquiry.Fault(DataProblemKind.Inconsistent, "DateOfInitialCPC", $"The initial conference is held before its section 47 enquiry starts (S47ActualStartDate {CinDates.Format(s)}); check both dates.");
            }

            rows.Enquiries.Add(new CinRows.EnquiryRow(start, enquiry.Date("InitialCPCtarget", false), conference, enquiry.Boolean("ICPCnotRequired"), group.Line));
        }

        int protection = rows.ProtectionPlans.Count;
        foreach (var group in fields.Groups("ChildProtectionPlans"))
        {
            var context47 = new Context(this, CinModule.ChildProtectionPlans, childId);
            var plan = context47.Split(group, ProtectionLeaves, ProtectionGroups);
            var start = plan.Date("CPPstartDate", true);
            var end = plan.Date("CPPendDate", false);
            if (start is { } s && end is { } e && e < s)
            {
                plan.Fault(DataProblemKind.Inconsistent, "CPPendDate", $"The child protection plan ends before it starts (CPPstartDate {CinDates.Format(s)}); check both dates.");
            }

            var reviews = Scratch(scratchReviews);
            foreach (var list in plan.Groups("Reviews"))
            {
                context47.Split(list, ReviewLeaves, [], repeated: true).AddDates(reviews);
            }

            int reviewsAt = rows.ReviewDates.Count;
            rows.ReviewDates.AddRange(CollectionsMarshal.AsSpan(reviews));
            rows.ProtectionPlans.Add(new CinRows.ProtectionRow(
                start, end, rows.AddCode(CinCodes.CategoriesOfAbuse, plan.Code("InitialCategoryOfAbuse", CinCodes.CategoriesOfAbuse)),
                rows.AddCode(CinCodes.CategoriesOfAbuse, plan.Code("LatestCategoryOfAbuse", CinCodes.CategoriesOfAbuse)),
                plan.Count("NumberOfPreviousCPP"), new(reviewsAt, reviews.Count), group.Line));
        }

        rows.Episodes.Add(new CinRows.EpisodeRow(
            referral,
            rows.AddCode(CinCodes.ReferralSources, fields.Code("ReferralSource", CinCodes.ReferralSources)),
            rows.AddCode(CinCodes.PrimaryNeeds, fields.Code("PrimaryNeedCode", CinCodes.PrimaryNeeds)),
            closure,
            rows.AddCode(CinCodes.ReasonsForClosure, fields.Code("ReasonForClosure", CinCodes.ReasonsForClosure)),
            fields.Date("DateOfInitialCPC", false),
            fields.Boolean("ReferralNFA"),
            new(assessments, rows.Assessments.Count - assessments),
            new(plans, rows.Plans.Count - plans),
            new(enquiries, rows.Enquiries.Count - enquiries),
            new(protection, rows.ProtectionPlans.Count - protection),
            node.Line));
    }

    // Each child's groups reuse the fields of the child before: they are read within AddChild and not kept.
    private readonly List<Fields> fieldsPool = [];
    private int fieldsUsed;

    private Fields Rent(Context context, CinXmlNode? node, string[] leaves)
    {
        if (fieldsUsed == fieldsPool.Count)
        {
            fieldsPool.Add(new Fields());
        }

        return fieldsPool[fieldsUsed++].Reset(context, node, leaves);
    }

    // Each kind of list a record gathers (codes, review dates) is gathered in one list a builder, emptied before each
    // use and copied into the rows: a kind is never gathered within itself.
    private readonly List<string> scratchDisabilities = [];
    private readonly List<string> scratchFactors = [];
    private readonly List<LocalDate> scratchReviews = [];

    private static List<T> Scratch<T>(List<T> list)
    {
        list.Clear();
        return list;
    }

    private CinRows.RowRange Disabilities(List<string> codes)
    {
        int start = rows.Disabilities.Count;
        foreach (string code in codes)
        {
            rows.Disabilities.Add(rows.AddCode(CinCodes.Disabilities, code));
        }

        return new(start, codes.Count);
    }

    private CinRows.RowRange Factors(List<string> factors)
    {
        int start = rows.Factors.Count;
        foreach (string factor in factors)
        {
            rows.Factors.Add(rows.AddText(factor.AsSpan()));
        }

        return new(start, factors.Count);
    }

    /// <summary>The groups of one name among a group's elements, in order, found without making a list.</summary>
    private readonly struct Named(List<(string Name, CinXmlNode Node)> list, string name)
    {
        public Enumerator GetEnumerator() => new(list, name);

        public struct Enumerator(List<(string Name, CinXmlNode Node)> list, string name)
        {
            private int index = -1;

            public readonly CinXmlNode Current => list[index].Node;

            public bool MoveNext()
            {
                while (++index < list.Count)
                {
                    if (ReferenceEquals(list[index].Name, name) || list[index].Name == name)
                    {
                        return true;
                    }
                }

                return false;
            }
        }
    }

    /// <summary>The module and child being read, so that each problem names them.</summary>
    private readonly struct Context(CinCensusBuilder builder, CinModule module, string? childId)
    {
        /// <summary>Sorts a group's elements into its values and its groups, listing what does not belong.</summary>
        /// <param name="node">The group; <see langword="null"/> when the file lacks it (nothing in it).</param>
        /// <param name="leaves">The names of its values.</param>
        /// <param name="groups">The names of its groups (any of which may repeat).</param>
        /// <param name="repeated">Whether its values repeat (a list, as Disabilities).</param>
        public Fields Split(CinXmlNode? node, string[] leaves, string[] groups, bool repeated = false)
        {
            var fields = builder.Rent(this, node, leaves);
            if (node is null)
            {
                return fields;
            }

            if (node.Elements.Count == 0 && node.Text is { } text)
            {
                Problem(DataProblemKind.InvalidValue, node.Line, node.Column, node.Name, text, $"{node.Name} holds text where its elements belong ({string.Join(", ", leaves.Concat(groups))}); it is read as empty.");
                return fields;
            }

            foreach (var (stray, line, column) in node.StrayText)
            {
                Problem(DataProblemKind.InvalidValue, line, column, node.Name, stray, $"This text stands between the elements of {node.Name}, where only elements belong; it is not read. Text typed outside an element is often a value meant for the element beside it: check that element.");
            }

            foreach (var element in node.Elements)
            {
                int index = Find(leaves, element.Name);
                if (index >= 0)
                {
                    string leaf = leaves[index];
                    if (element.Elements.Count > 0)
                    {
                        Problem(DataProblemKind.InvalidValue, element.Line, element.Column, element.Name, null, $"{element.Name} holds elements where a value belongs; it is read as empty.");
                    }
                    else if (repeated)
                    {
                        fields.AddToList(element);
                    }
                    else if (fields.Slots[index] is null)
                    {
                        fields.Slots[index] = element;
                    }
                    else
                    {
                        var first = fields.Slots[index]!;
                        Problem(DataProblemKind.Duplicate, element.Line, element.Column, element.Name, element.Text, string.Create(CultureInfo.InvariantCulture, $"{leaf} is given twice in this {node.Name} (first on line {first.Line}); the first is read."));
                    }
                }
                else if (Find(groups, element.Name) is >= 0 and int group)
                {
                    fields.AddGroup(groups[group], element);
                }
                else
                {
                    Problem(DataProblemKind.UnknownName, element.Line, element.Column, element.Name, element.Text, $"{element.Name} is not an element of {node.Name} in the CIN census (which holds {string.Join(", ", leaves.Concat(groups))}); it is not read.");
                }
            }

            return fields;
        }

        private static int Find(string[] names, string name)
        {
            // The scanner gives these very strings for names written as the specification writes them (ElementNames).
            for (int i = 0; i < names.Length; i++)
            {
                if (ReferenceEquals(names[i], name))
                {
                    return i;
                }
            }

            for (int i = 0; i < names.Length; i++)
            {
                if (Same(names[i], name))
                {
                    return i;
                }
            }

            return -1;
        }

        public void Problem(DataProblemKind kind, int line, int column, string field, string? value, string message) =>
            builder.Problem(kind, module, line, column, field, value, childId, message);
    }

    /// <summary>The values and groups of one group element, read with the checks each value needs.</summary>
    private sealed class Fields
    {
        private static readonly List<(string Name, CinXmlNode Node)> NoGroups = [];
        private static readonly List<CinXmlNode> NoList = [];
        private Context context;
        private CinXmlNode? node;
        private string[] leafNames = [];

        /// <summary>Gets the first element of each value, in the order of the names of the values.</summary>
        public CinXmlNode?[] Slots { get; private set; } = [];

        public List<(string Name, CinXmlNode Node)> GroupList { get; private set; } = NoGroups;

        public List<CinXmlNode> List { get; private set; } = NoList;

        /// <summary>Makes a reused set of fields stand for a new group.</summary>
        public Fields Reset(Context of, CinXmlNode? group, string[] leaves)
        {
            context = of;
            node = group;
            leafNames = leaves;
            if (Slots.Length < leaves.Length)
            {
                Slots = new CinXmlNode?[Math.Max(leaves.Length, 9)];
            }
            else
            {
                Array.Clear(Slots);
            }

            GroupList.Clear();
            List.Clear();
            return this;
        }

        public void AddGroup(string name, CinXmlNode group)
        {
            if (GroupList == NoGroups)
            {
                GroupList = [];
            }

            GroupList.Add((name, group));
        }

        public void AddToList(CinXmlNode leaf)
        {
            if (List == NoList)
            {
                List = [];
            }

            List.Add(leaf);
        }

        public CinXmlNode? Leaf(string name)
        {
            int index = Array.IndexOf(leafNames, name);
            return index >= 0 ? Slots[index] : null;
        }

        public CinXmlNode? Group(string name)
        {
            foreach (var (groupName, group) in GroupList)
            {
                if (groupName == name)
                {
                    return group;
                }
            }

            return null;
        }

        public Named Groups(string name) => new(GroupList, name);

        public string? Text(string name) => Leaf(name)?.Text;

        public string? Code(string name, CinCodes.CodeList codes)
        {
            if (Leaf(name) is not { Text: { } text } leaf)
            {
                return null;
            }

            Check(leaf, text, codes);
            return text;
        }

        /// <summary>Adds the text of each value of a list (as Disabilities) to <paramref name="into"/>, checking each against <paramref name="codes"/> when given.</summary>
        public void AddCodes(CinCodes.CodeList? codes, List<string> into)
        {
            foreach (var leaf in List)
            {
                if (leaf.Text is { } text)
                {
                    if (codes is not null)
                    {
                        Check(leaf, text, codes);
                    }

                    into.Add(text);
                }
            }
        }

        public LocalDate? Date(string name, bool required)
        {
            var leaf = Leaf(name);
            if (leaf is null || !leaf.HasText)
            {
                if (required && node is not null)
                {
                    context.Problem(DataProblemKind.Missing, leaf?.Line ?? node.Line, leaf?.Column ?? node.Column, name, null, $"{name} is missing; every {node.Name} needs it. The record is read without it.");
                }

                return null;
            }

            var date = CinDates.Parse(leaf.TextSpan, out string? why);
            if (date is null)
            {
                context.Problem(DataProblemKind.InvalidValue, leaf.Line, leaf.Column, leaf.Name, leaf.Text, why! + " It is read as empty.");
            }

            return date;
        }

        /// <summary>Adds each date of a list (as Reviews) to <paramref name="into"/>; a date that does not parse is listed and not read.</summary>
        public void AddDates(List<LocalDate> into)
        {
            foreach (var leaf in List)
            {
                if (leaf.Text is not { } text)
                {
                    continue;
                }

                if (CinDates.Parse(text, out string? why) is { } date)
                {
                    into.Add(date);
                }
                else
                {
                    context.Problem(DataProblemKind.InvalidValue, leaf.Line, leaf.Column, leaf.Name, text, why! + " It is not read.");
                }
            }
        }

        public bool Boolean(string name)
        {
            if (Leaf(name) is not { HasText: true } leaf)
            {
                return false;
            }

            // ASCII text compared in place; other text as its upper case, as a culture-free comparison would.
            var value = System.Text.Ascii.IsValid(leaf.TextSpan) ? leaf.TextSpan : leaf.Text!.ToUpperInvariant().AsSpan();
            if (value.Equals("TRUE", StringComparison.OrdinalIgnoreCase) || value is "1")
            {
                return true;
            }

            if (value.Equals("FALSE", StringComparison.OrdinalIgnoreCase) || value is "0")
            {
                return false;
            }

            context.Problem(DataProblemKind.InvalidValue, leaf.Line, leaf.Column, leaf.Name, leaf.Text, $"{name} is true or false (or 1 or 0); it is read as false.");
            return false;
        }

        public int Count(string name)
        {
            if (Leaf(name) is not { Text: { } text } leaf)
            {
                return 0;
            }

            if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out int count))
            {
                return count;
            }

            context.Problem(DataProblemKind.InvalidValue, leaf.Line, leaf.Column, leaf.Name, text, $"{name} is a whole number of 0 or more; it is read as 0.");
            return 0;
        }

        public void Fault(DataProblemKind kind, string name, string message)
        {
            var leaf = Leaf(name)!;
            context.Problem(kind, leaf.Line, leaf.Column, leaf.Name, leaf.Text, message);
        }

        private void Check(CinXmlNode leaf, string text, CinCodes.CodeList codes)
        {
            if (codes.Contains(text))
            {
                return;
            }

            string upper = text.ToUpperInvariant();
            string hint = upper != text && codes.Contains(upper) ? $" Codes are written in capitals: \"{upper}\"." : "";
            context.Problem(DataProblemKind.UnknownName, leaf.Line, leaf.Column, leaf.Name, text, $"This is not one of the DfE's {leaf.Name} codes ({codes.Description}).{hint}");
        }
    }
}
