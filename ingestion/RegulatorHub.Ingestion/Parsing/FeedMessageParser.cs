using System.Text.Json;
using RegulatorHub.Application.Validation;
using RegulatorHub.Feeds.V1;

namespace RegulatorHub.Ingestion.Parsing;

/// <summary>Stage 1: bytes → <see cref="FeedMessage"/>, or the JSON problem with its path.</summary>
public static class FeedMessageParser
{
    /// <summary>Parses a message body.</summary>
    /// <returns>The message, or <see langword="null"/> with <paramref name="error"/> set.</returns>
    public static FeedMessage? TryParse(ReadOnlySpan<byte> body, out FieldError? error)
    {
        if (body.IsEmpty)
        {
            error = new FieldError("$", "json", "The message body is empty.");
            return null;
        }

        try
        {
            error = null;
            return FeedMessageSerializer.Deserialize(body);
        }
        catch (JsonException exception)
        {
            error = new FieldError(ToFieldPath(exception.Path), RuleFor(exception), Describe(exception));
            return null;
        }
    }

    // System.Text.Json reports paths as "$.merchant.creditCode"; our field names drop the root.
    private static string ToFieldPath(string? path) =>
        string.IsNullOrEmpty(path) || path == "$" ? "$" : path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path;

    private static string RuleFor(JsonException exception) =>
        exception.Message.Contains("could not be mapped", StringComparison.Ordinal) ? "unknown-property"
        : exception.BytePositionInLine is null && exception.Path is not null ? "type"
        : exception.Message.Contains("could not be converted", StringComparison.Ordinal) ? "type"
        : "json";

    // The serializer's message can quote the offending token; keep only the first sentence, which names the
    // problem and position without the value (values may carry personal data).
    private static string Describe(JsonException exception)
    {
        if (exception.Message.Contains("could not be mapped", StringComparison.Ordinal))
        {
            return "This property is not part of feed contract v1.";
        }

        if (exception.Message.Contains("could not be converted", StringComparison.Ordinal))
        {
            return "The value has the wrong JSON type or format for this field.";
        }

        var line = exception.LineNumber is { } l ? $" at line {l + 1}, byte {exception.BytePositionInLine + 1}" : string.Empty;
        return $"The body is not valid JSON{line}.";
    }
}
