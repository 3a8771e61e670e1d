namespace Measures.Returns.Sen2;

/// <summary>The DfE specification the SEN2 reader follows, cited so that a council can check which version is read.</summary>
/// <remarks>
/// DfE, "SEN2 person level 2023: technical specification", version 1.1, October 2022 (the first person-level
/// collection; later years keep its modules), published at
/// https://www.gov.uk/government/publications/special-educational-needs-person-level-survey-technical-specification.
/// Modules: 1 Person details, 2 Requests for EHC needs assessment, 3 EHC needs assessments, 4 Named plan,
/// 5 Placements (<c>ActivePlans</c>). The element names the indicators depend on were checked against a council
/// system supplier's published SEN2 item list (Capita One, "SEN2 tool": item 3.7 "20-week time limit exceptions apply"
/// <c>Week20</c>, 1 or 0; item 5.1 "EHC plan transferred in from another LA during calendar year" <c>TransferLA</c>).
/// </remarks>
public static class Sen2Spec
{
    /// <summary>The specification cited: title, year and version.</summary>
    public const string Citation = "DfE, SEN2 person level 2023: technical specification, version 1.1 (October 2022)";

    /// <summary>Where the specification is published.</summary>
    public const string Url = "https://www.gov.uk/government/publications/special-educational-needs-person-level-survey-technical-specification";
}
