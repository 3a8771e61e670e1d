using System;
using System.Collections.Generic;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using NodaTime;

namespace Measures.Returns.Cin;

/// <summary>
/// Reads a Child element written as the DfE's specification writes it straight from its bytes into the census's rows,
/// with no element nodes between. It takes only a child it can vouch for (elements it knows, named in their own case,
/// without attributes, comments or entities; ASCII values that read without a problem; dates that follow one another;
/// a LAchildID not given before) and gives way on anything else with the rows as they were, so that the builder reads
/// that child and reports what it finds. A child reads to the same rows either way.
/// </summary>
/// <remarks>One reader a builder, on the builder's thread.</remarks>
internal sealed class CinPlainChildReader(CinCensusBuilder builder) : ReturnXmlScanner.IWholeElementReader
{
    private const int Longest = 256;
    private readonly char[] text = new char[Longest];
    private readonly char[] id = new char[Longest];
    private readonly List<int> disabilities = [];
    private byte[] buffer = [];
    private int pos;
    private int end;
    private int line;
    private int lines;
    private int lastLineStart;
    private int elementLine;

    /// <inheritdoc/>
    public bool TryRead(byte[] bytes, int from, int to, int firstLine, out int linesPassed, out int lineStartAfter)
    {
        buffer = bytes;
        pos = from;
        end = to;
        line = firstLine;
        lines = 0;
        lastLineStart = 0;
        var rows = builder.Rows;
        var before = (rows.Children.Count, rows.Episodes.Count, rows.Assessments.Count, rows.Plans.Count, rows.Enquiries.Count, rows.ProtectionPlans.Count, rows.Disabilities.Count, rows.Factors.Count, rows.ReviewDates.Count, rows.Chars.Count);
        bool read = Child(rows);
        if (!read)
        {
            rows.Children.Truncate(before.Item1);
            rows.Episodes.Truncate(before.Item2);
            rows.Assessments.Truncate(before.Item3);
            rows.Plans.Truncate(before.Item4);
            rows.Enquiries.Truncate(before.Item5);
            rows.ProtectionPlans.Truncate(before.Item6);
            rows.Disabilities.Truncate(before.Item7);
            rows.Factors.Truncate(before.Item8);
            rows.ReviewDates.Truncate(before.Item9);
            rows.Chars.Truncate(before.Item10);
        }

        buffer = [];
        linesPassed = lines;
        lineStartAfter = lastLineStart;
        return read;
    }

    private bool Child(CinRows rows)
    {
        if (Step("Children"u8, out var tag) != 1 || !tag.SequenceEqual("Child"u8))
        {
            return false;
        }

        int childLine = elementLine;
        int idLength = 0;
        CinRows.UpnValue upn = default, formerUpn = default;
        var upnUnknown = CinRows.TextRange.None;
        int sex = 0, ethnicity = 0;
        LocalDate? birth = null, expectedBirth = null, death = null;
        bool identifiers = false, characteristics = false;
        disabilities.Clear();
        int episodes = rows.Episodes.Count;
        while (true)
        {
            int step = Step("Child"u8, out var name);
            if (step == 0)
            {
                break;
            }

            if (step < 0)
            {
                return false;
            }

            if (name.SequenceEqual("CINdetails"u8))
            {
                if (!Episode(rows))
                {
                    return false;
                }
            }
            else if (name.SequenceEqual("ChildIdentifiers"u8) && !identifiers)
            {
                identifiers = true;
                int seen = 0;
                while ((step = Step("ChildIdentifiers"u8, out name)) == 1)
                {
                    bool ok = name switch
                    {
                        _ when name.SequenceEqual("LAchildID"u8) => Once(ref seen, 0) && Id(name, out idLength),
                        _ when name.SequenceEqual("UPN"u8) => Once(ref seen, 1) && Upn(name, rows, out upn),
                        _ when name.SequenceEqual("FormerUPN"u8) => Once(ref seen, 2) && Upn(name, rows, out formerUpn),
                        _ when name.SequenceEqual("UPNunknown"u8) => Once(ref seen, 3) && Text(name, rows, out upnUnknown),
                        _ when name.SequenceEqual("PersonBirthDate"u8) => Once(ref seen, 4) && Date(name, out birth),
                        _ when name.SequenceEqual("ExpectedPersonBirthDate"u8) => Once(ref seen, 5) && Date(name, out expectedBirth),
                        _ when name.SequenceEqual("PersonDeathDate"u8) => Once(ref seen, 6) && Date(name, out death),

                        // Sex or GenderCurrent, not both.
                        _ when name.SequenceEqual("Sex"u8) || name.SequenceEqual("GenderCurrent"u8) => Once(ref seen, 7) && Code(name, CinCodes.Sexes, out sex),
                        _ => false,
                    };
                    if (!ok)
                    {
                        return false;
                    }
                }

                if (step < 0)
                {
                    return false;
                }
            }
            else if (name.SequenceEqual("ChildCharacteristics"u8) && !characteristics)
            {
                characteristics = true;
                if (!Characteristics(out ethnicity))
                {
                    return false;
                }
            }
            else
            {
                return false;
            }
        }

        // The child whole and the last thing offered; a child given before is left to the builder to name.
        var childId = id.AsSpan(0, idLength);
        if (pos != end || idLength == 0 || !builder.Claim(childId, childLine))
        {
            return false;
        }

        int codes = rows.Disabilities.Count;
        foreach (int code in disabilities)
        {
            rows.Disabilities.Add(code);
        }

        rows.Children.Add(new CinRows.ChildRow(
            rows.AddText(childId), upn, formerUpn, upnUnknown, birth, expectedBirth, sex, death, ethnicity, new(codes, disabilities.Count), new(episodes, rows.Episodes.Count - episodes), childLine));
        return true;
    }

    private bool Characteristics(out int ethnicity)
    {
        ethnicity = 0;
        int step;
        while ((step = Step("ChildCharacteristics"u8, out var name)) == 1)
        {
            if (name.SequenceEqual("Ethnicity"u8))
            {
                if (ethnicity != 0 || !Code(name, CinCodes.Ethnicities, out ethnicity))
                {
                    return false;
                }
            }
            else if (name.SequenceEqual("Disabilities"u8))
            {
                while ((step = Step("Disabilities"u8, out name)) == 1)
                {
                    if (!name.SequenceEqual("Disability"u8) || !Code(name, CinCodes.Disabilities, out int code))
                    {
                        return false;
                    }

                    disabilities.Add(code);
                }

                if (step < 0)
                {
                    return false;
                }
            }
            else
            {
                return false;
            }
        }

        return step == 0;
    }

    private bool Episode(CinRows rows)
    {
        int episodeLine = elementLine;
        int assessments = rows.Assessments.Count, plans = rows.Plans.Count, enquiries = rows.Enquiries.Count, protection = rows.ProtectionPlans.Count;
        LocalDate? referral = null, closure = null, conference = null;
        int source = 0, need = 0, reason = 0;
        bool nfa = false;
        int seen = 0, step;
        while ((step = Step("CINdetails"u8, out var name)) == 1)
        {
            bool ok = name switch
            {
                _ when name.SequenceEqual("Assessments"u8) => Assessment(rows),
                _ when name.SequenceEqual("CINPlanDates"u8) => Plan(rows),
                _ when name.SequenceEqual("Section47"u8) => Enquiry(rows),
                _ when name.SequenceEqual("ChildProtectionPlans"u8) => ProtectionPlan(rows),
                _ when name.SequenceEqual("CINreferralDate"u8) => Once(ref seen, 0) && Date(name, out referral),
                _ when name.SequenceEqual("ReferralSource"u8) => Once(ref seen, 1) && Code(name, CinCodes.ReferralSources, out source),
                _ when name.SequenceEqual("PrimaryNeedCode"u8) => Once(ref seen, 2) && Code(name, CinCodes.PrimaryNeeds, out need),
                _ when name.SequenceEqual("CINclosureDate"u8) => Once(ref seen, 3) && Date(name, out closure),
                _ when name.SequenceEqual("ReasonForClosure"u8) => Once(ref seen, 4) && Code(name, CinCodes.ReasonsForClosure, out reason),
                _ when name.SequenceEqual("DateOfInitialCPC"u8) => Once(ref seen, 5) && Date(name, out conference),
                _ when name.SequenceEqual("ReferralNFA"u8) => Once(ref seen, 6) && Boolean(name, out nfa),
                _ => false,
            };
            if (!ok)
            {
                return false;
            }
        }

        if (step < 0 || referral is not { } referred || closure < referred)
        {
            return false;
        }

        for (int i = assessments; i < rows.Assessments.Count; i++)
        {
            if (rows.Assessments[i].AuthorisationDate < referred)
            {
                return false;
            }
        }

        rows.Episodes.Add(new CinRows.EpisodeRow(
            referral, source, need, closure, reason, conference, nfa, new(assessments, rows.Assessments.Count - assessments), new(plans, rows.Plans.Count - plans),
            new(enquiries, rows.Enquiries.Count - enquiries), new(protection, rows.ProtectionPlans.Count - protection), episodeLine));
        return true;
    }

    private bool Assessment(CinRows rows)
    {
        int assessmentLine = elementLine;
        int factors = rows.Factors.Count;
        LocalDate? start = null, review = null, authorised = null;
        int seen = 0, step;
        while ((step = Step("Assessments"u8, out var name)) == 1)
        {
            bool ok = name switch
            {
                _ when name.SequenceEqual("AssessmentActualStartDate"u8) => Once(ref seen, 0) && Date(name, out start),
                _ when name.SequenceEqual("AssessmentInternalReviewDate"u8) => Once(ref seen, 1) && Date(name, out review),
                _ when name.SequenceEqual("AssessmentAuthorisationDate"u8) => Once(ref seen, 2) && Date(name, out authorised),
                _ when name.SequenceEqual("FactorsIdentifiedAtAssessment"u8) => Factors(rows),
                _ => false,
            };
            if (!ok)
            {
                return false;
            }
        }

        if (step < 0 || start is null)
        {
            return false;
        }

        rows.Assessments.Add(new CinRows.AssessmentRow(start, review, authorised, new(factors, rows.Factors.Count - factors), assessmentLine));
        return true;
    }

    private bool Factors(CinRows rows)
    {
        int step;
        while ((step = Step("FactorsIdentifiedAtAssessment"u8, out var name)) == 1)
        {
            // Factors are not checked against a list: any text is read.
            if (!name.SequenceEqual("AssessmentFactors"u8) || !Text(name, rows, out var factor))
            {
                return false;
            }

            rows.Factors.Add(factor);
        }

        return step == 0;
    }

    private bool Plan(CinRows rows)
    {
        int planLine = elementLine;
        LocalDate? start = null, end = null;
        int seen = 0, step;
        while ((step = Step("CINPlanDates"u8, out var name)) == 1)
        {
            bool ok = name switch
            {
                _ when name.SequenceEqual("CINPlanStartDate"u8) => Once(ref seen, 0) && Date(name, out start),
                _ when name.SequenceEqual("CINPlanEndDate"u8) => Once(ref seen, 1) && Date(name, out end),
                _ => false,
            };
            if (!ok)
            {
                return false;
            }
        }

        if (step < 0 || start is null || end < start)
        {
            return false;
        }

        rows.Plans.Add(new CinRows.PlanRow(start, end, planLine));
        return true;
    }

    private bool Enquiry(CinRows rows)
    {
        int enquiryLine = elementLine;
        LocalDate? start = null, target = null, conference = null;
        bool notRequired = false;
        int seen = 0, step;
        while ((step = Step("Section47"u8, out var name)) == 1)
        {
            bool ok = name switch
            {
                _ when name.SequenceEqual("S47ActualStartDate"u8) => Once(ref seen, 0) && Date(name, out start),
                _ when name.SequenceEqual("InitialCPCtarget"u8) => Once(ref seen, 1) && Date(name, out target),
                _ when name.SequenceEqual("DateOfInitialCPC"u8) => Once(ref seen, 2) && Date(name, out conference),
                _ when name.SequenceEqual("ICPCnotRequired"u8) => Once(ref seen, 3) && Boolean(name, out notRequired),
                _ => false,
            };
            if (!ok)
            {
                return false;
            }
        }

        if (step < 0 || start is null || conference < start)
        {
            return false;
        }

        rows.Enquiries.Add(new CinRows.EnquiryRow(start, target, conference, notRequired, enquiryLine));
        return true;
    }

    private bool ProtectionPlan(CinRows rows)
    {
        int planLine = elementLine;
        int reviews = rows.ReviewDates.Count;
        LocalDate? start = null, end = null;
        int initial = 0, latest = 0;
        int previous = 0, seen = 0, step;
        while ((step = Step("ChildProtectionPlans"u8, out var name)) == 1)
        {
            bool ok = name switch
            {
                _ when name.SequenceEqual("CPPstartDate"u8) => Once(ref seen, 0) && Date(name, out start),
                _ when name.SequenceEqual("CPPendDate"u8) => Once(ref seen, 1) && Date(name, out end),
                _ when name.SequenceEqual("InitialCategoryOfAbuse"u8) => Once(ref seen, 2) && Code(name, CinCodes.CategoriesOfAbuse, out initial),
                _ when name.SequenceEqual("LatestCategoryOfAbuse"u8) => Once(ref seen, 3) && Code(name, CinCodes.CategoriesOfAbuse, out latest),
                _ when name.SequenceEqual("NumberOfPreviousCPP"u8) => Once(ref seen, 4) && Count(name, out previous),
                _ when name.SequenceEqual("Reviews"u8) => Reviews(rows),
                _ => false,
            };
            if (!ok)
            {
                return false;
            }
        }

        if (step < 0 || start is null || end < start)
        {
            return false;
        }

        rows.ProtectionPlans.Add(new CinRows.ProtectionRow(start, end, initial, latest, previous, new(reviews, rows.ReviewDates.Count - reviews), planLine));
        return true;
    }

    private bool Reviews(CinRows rows)
    {
        int step;
        while ((step = Step("Reviews"u8, out var name)) == 1)
        {
            if (!name.SequenceEqual("CPPreviewDate"u8) || !Date(name, out var review))
            {
                return false;
            }

            rows.ReviewDates.Add(review!.Value);
        }

        return step == 0;
    }


    // A value given twice is left to the builder, which names the second.
    private static bool Once(ref int seen, int field)
    {
        int bit = 1 << field;
        if ((seen & bit) != 0)
        {
            return false;
        }

        seen |= bit;
        return true;
    }

    /// <summary>
    /// Passes layout to the next tag of the group <paramref name="group"/>: 1 at an element's start tag (left after it,
    /// its name given), 0 at the group's end tag (left after it), -1 at anything else.
    /// </summary>
    private int Step(ReadOnlySpan<byte> group, out ReadOnlySpan<byte> name)
    {
        name = default;
        if (!Layout() || pos + 2 >= end || buffer[pos] != '<')
        {
            return -1;
        }

        if (buffer[pos + 1] == '/')
        {
            int after = pos + 2 + group.Length;
            if (after >= end || buffer[after] != '>' || !buffer.AsSpan(pos + 2, group.Length).SequenceEqual(group))
            {
                return -1;
            }

            pos = after + 1;
            return 0;
        }

        // Whatever stands before the '>' is the name: anything but a name the group holds (an attribute, a prefix, a
        // space) is matched by none and given way on.
        int from = pos + 1;
        int at = buffer.AsSpan(from, end - from).IndexOf((byte)'>');
        if (at <= 0)
        {
            return -1;
        }

        at += from;
        name = buffer.AsSpan(from, at - from);
        elementLine = line;
        pos = at + 1;
        return 1;
    }

    // Spaces, tabs and line ends (LF or CRLF; a CR alone is left to the scanner).
    private bool Layout()
    {
        var bytes = buffer.AsSpan(0, end);
        int at = pos;
        while ((uint)at < (uint)bytes.Length)
        {
            byte b = bytes[at];
            if (b is (byte)' ' or (byte)'\t')
            {
                at++;
            }
            else if (b == '\n')
            {
                at++;
                line++;
                lines++;
                lastLineStart = at;
            }
            else if (b == '\r' && at + 1 < bytes.Length && bytes[at + 1] == '\n')
            {
                at++;
            }
            else
            {
                break;
            }
        }

        pos = at;
        return at == bytes.Length || bytes[at] != '\r';
    }

    /// <summary>
    /// Reads a value and its end tag: printable ASCII without markup, entities or spaces at its ends, not empty (an
    /// empty value is left to the builder). The characters are valid until the next value.
    /// </summary>
    private bool Value(ReadOnlySpan<byte> name, out ReadOnlySpan<char> value)
    {
        value = default;
        if (!Value(name, out int from, out int length))
        {
            return false;
        }

        Ascii.ToUtf16(buffer.AsSpan(from, length), text, out _);
        value = text.AsSpan(0, length);
        return true;
    }

    // The value as bytes: where it begins in the buffer and its length.
    private bool Value(ReadOnlySpan<byte> name, out int from, out int length)
    {
        from = pos;
        length = buffer.AsSpan(from, end - from).IndexOf((byte)'<');
        int at = from + length;
        int after = at + 2 + name.Length;
        if (length <= 0 || length > Longest || after >= end || buffer[at + 1] != '/' || buffer[after] != '>' || !buffer.AsSpan(at + 2, name.Length).SequenceEqual(name))
        {
            return false;
        }

        // Printable ASCII without entities or '>', and no space at either end.
        var value = buffer.AsSpan(from, length);
        if (value[0] == ' ' || value[^1] == ' ')
        {
            return false;
        }

        foreach (byte b in value)
        {
            if (b is < 0x20 or > 0x7E or (byte)'&' or (byte)'>')
            {
                return false;
            }
        }

        pos = after + 1;
        return true;
    }

    // The LAchildID, kept as characters: the rows hold it so, and no string is made for it.
    private bool Id(ReadOnlySpan<byte> name, out int length)
    {
        if (!Value(name, out int from, out length))
        {
            return false;
        }

        Ascii.ToUtf16(buffer.AsSpan(from, length), id, out _);
        return true;
    }

    private bool Upn(ReadOnlySpan<byte> name, CinRows rows, out CinRows.UpnValue value)
    {
        value = Value(name, out var chars) ? rows.AddUpn(chars) : default;
        return !value.IsNone;
    }

    private bool Text(ReadOnlySpan<byte> name, CinRows rows, out CinRows.TextRange value)
    {
        value = Value(name, out var chars) ? rows.AddText(chars) : CinRows.TextRange.None;
        return !value.IsNone;
    }

    // A code of the list, as its number there (the rows' way of keeping it).
    private bool Code(ReadOnlySpan<byte> name, CinCodes.CodeList codes, out int code)
    {
        code = 0;
        return Value(name, out var chars) && codes.TryGetNumber(chars, out code);
    }

    private bool Date(ReadOnlySpan<byte> name, out LocalDate? date)
    {
        date = null;
        if (!Value(name, out int from, out int length))
        {
            return false;
        }

        // yyyy-MM-dd, as the schema writes a date, read from its bytes; the other forms CinDates reads from characters.
        var bytes = buffer.AsSpan(from, length);
        if (length == 10 && bytes[4] == '-' && bytes[7] == '-')
        {
            int year = Digit(bytes[0]) * 1000 + Digit(bytes[1]) * 100 + Digit(bytes[2]) * 10 + Digit(bytes[3]);
            int month = Digit(bytes[5]) * 10 + Digit(bytes[6]);
            int day = Digit(bytes[8]) * 10 + Digit(bytes[9]);
            if ((year | month | day) >= 0 && year >= 1 && month is >= 1 and <= 12 && day >= 1 && day <= CalendarSystem.Iso.GetDaysInMonth(year, month))
            {
                date = new LocalDate(year, month, day);
            }

            return date is not null;
        }

        Ascii.ToUtf16(bytes, text, out _);
        date = CinDates.Parse(text.AsSpan(0, length), out _);
        return date is not null;
    }

    // A digit's value; any other byte makes the whole negative.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Digit(byte b) => b is >= (byte)'0' and <= (byte)'9' ? b - '0' : -100_000;

    private bool Boolean(ReadOnlySpan<byte> name, out bool value)
    {
        value = false;
        if (!Value(name, out var chars))
        {
            return false;
        }

        if (chars.Equals("true", StringComparison.OrdinalIgnoreCase) || chars is "1")
        {
            value = true;
            return true;
        }

        return chars.Equals("false", StringComparison.OrdinalIgnoreCase) || chars is "0";
    }

    private bool Count(ReadOnlySpan<byte> name, out int count)
    {
        count = 0;
        return Value(name, out var chars) && int.TryParse(chars, NumberStyles.None, CultureInfo.InvariantCulture, out count);
    }
}
