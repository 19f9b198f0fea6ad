namespace RegulatorHub.Synthetic.Malformed;

/// <summary>The ways <see cref="MalformedFeedMaker"/> breaks a message, each caught by a different pipeline stage.</summary>
public enum MalformedKind
{
    /// <summary>The JSON is cut off halfway (parse stage).</summary>
    TruncatedJson,

    /// <summary>A property the contract does not define (parse stage).</summary>
    UnknownProperty,

    /// <summary>A number where the contract wants text (parse stage).</summary>
    WrongType,

    /// <summary>No case id (validation stage).</summary>
    MissingCaseId,

    /// <summary>A channel outside the vocabulary (validation stage).</summary>
    UnknownChannel,

    /// <summary>A merchant credit code with a wrong check character (validation stage).</summary>
    BadCreditCode,

    /// <summary>Received years in the future (validation stage).</summary>
    FutureDate,

    /// <summary>A category label no crosswalk lists (normalization stage).</summary>
    UnmappedCategory,

    /// <summary>A consumer region name the gazetteer does not know (normalization stage).</summary>
    UnknownRegion,

    /// <summary>Bytes that are not UTF-8 inside a string (parse stage).</summary>
    InvalidUtf8,

    /// <summary>A narrative ten times the contract's limit (validation stage).</summary>
    HugeField,

    /// <summary>A schema version the contract does not know (validation stage).</summary>
    UnknownSchemaVersion,

    /// <summary>Valid JSON that is not an object (parse stage).</summary>
    NotAnObject,

    /// <summary>No body at all (parse stage).</summary>
    EmptyBody,
}
