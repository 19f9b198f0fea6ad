namespace RegulatorHub.Application.Validation;

/// <summary>One reason a message or row was refused: which field, which rule, and a sentence for people.</summary>
/// <param name="Field">JSON path or column name, e.g. <c>merchant.creditCode</c>; <c>$</c> for the whole message.</param>
/// <param name="Rule">Stable machine-readable rule id, e.g. <c>required</c>, <c>check-character</c>, <c>crosswalk</c>.</param>
/// <param name="Message">What is wrong, without echoing personal data.</param>
public sealed record FieldError(string Field, string Rule, string Message)
{
    /// <inheritdoc />
    public override string ToString() => $"{Field}: {Message} ({Rule})";
}
