namespace Measures.Returns.Sen2;

/// <summary>The DfE specification the SEN2 reader follows, cited so that a council can check which version is read.</summary>
/// <remarks>
/// DfE, "Special educational needs person level survey 2025: guide", version 1.4,
/// https://assets.publishing.service.gov.uk/media/675831b5f72b1d96e06bbfdf/SEN_survey_-_guide_to_person_level_SEN2_return_2025.pdf,
/// with the technical specification at
/// https://www.gov.uk/government/publications/special-educational-needs-person-level-survey-technical-specification.
/// Modules: 1 Person, 2 Requests, 3 EHC needs assessments (with Week20, "20-week time limit exceptions apply"),
/// 4a Named plan (StartDate, the date the EHC plan was issued; CeaseDate; CeaseReason 1–9).
/// </remarks>
public static class Sen2Spec
{
    /// <summary>The specification cited: title, year and version.</summary>
    public const string Citation = "DfE, Special educational needs person level survey 2025: guide, version 1.4";

    /// <summary>Where the specification is published.</summary>
    public const string Url = "https://www.gov.uk/government/publications/special-educational-needs-person-level-survey-technical-specification";
}
