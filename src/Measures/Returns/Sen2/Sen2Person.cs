using System.Collections.Generic;
using NodaTime;

namespace Measures.Returns.Sen2;

/// <summary>One child or young person of a SEN2 return (Person) and the requests made for them.</summary>
/// <param name="PersonId">Who the person is in this return: the UPN, else the UniqueLearnerNumber, else "line N" (where the Person begins). Names and postcodes are read past and not kept.</param>
/// <param name="DateOfBirth">PersonBirthDate; <see langword="null"/> when absent or unreadable.</param>
/// <param name="Sex">Sex: M or F (U is accepted as not known), upper-cased; <see langword="null"/> when absent.</param>
/// <param name="Requests">The requests for an EHC needs assessment, in the order written.</param>
/// <param name="Location">Where the Person element begins.</param>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record Sen2Person(string PersonId, LocalDate? DateOfBirth, string? Sex, IReadOnlyList<Sen2Request> Requests, RecordLocation Location = default);
