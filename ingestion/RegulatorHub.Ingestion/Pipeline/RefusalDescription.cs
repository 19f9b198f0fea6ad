using System.Text;
using RegulatorHub.Application.Validation;

namespace RegulatorHub.Ingestion.Pipeline;

/// <summary>
/// The one-line description a refused message carries into the dead-letter queue: every failing field with its rule
/// and message. Field errors name fields and rules, never values, so the description holds no personal data.
/// </summary>
public static class RefusalDescription
{
    /// <summary>Longest description sent; brokers cap property sizes (Service Bus: 4 KB for the description).</summary>
    public const int MaxLength = 2048;

    /// <summary>Describes <paramref name="errors"/>, cut at <see cref="MaxLength"/> with a count of what was left out.</summary>
    public static string Of(IReadOnlyList<FieldError> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var text = new StringBuilder();
        for (var i = 0; i < errors.Count; i++)
        {
            var error = errors[i];
            var item = $"{error.Field}: {error.Rule} ({error.Message})";
            var separator = text.Length == 0 ? string.Empty : "; ";
            if (text.Length + separator.Length + item.Length > MaxLength - 40)
            {
                text.Append(separator).Append("and ").Append(errors.Count - i).Append(" more");
                break;
            }

            text.Append(separator).Append(item);
        }

        return text.Length == 0 ? "Refused." : text.ToString();
    }
}
