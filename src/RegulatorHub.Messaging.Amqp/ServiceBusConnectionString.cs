using System.Globalization;

namespace RegulatorHub.Messaging.Amqp;

/// <summary>
/// A Service Bus connection string in the portal's form,
/// <c>Endpoint=sb://NS.servicebus.windows.net/;SharedAccessKeyName=NAME;SharedAccessKey=KEY[;EntityPath=QUEUE]</c>.
/// Errors name the missing or malformed part and never repeat the key.
/// </summary>
/// <param name="Host">Fully qualified namespace, e.g. <c>contoso.servicebus.windows.net</c>.</param>
/// <param name="SharedAccessKeyName">The shared access policy.</param>
/// <param name="SharedAccessKey">The policy's key.</param>
/// <param name="EntityPath">The queue, when the string is scoped to one.</param>
public sealed record ServiceBusConnectionString(string Host, string SharedAccessKeyName, string SharedAccessKey, string? EntityPath)
{
    /// <summary>Parses <paramref name="connectionString"/>.</summary>
    /// <exception cref="FormatException">A part is missing or malformed; the message says which.</exception>
    public static ServiceBusConnectionString Parse(string connectionString) =>
        TryParse(connectionString, out var parsed, out var error) ? parsed : throw new FormatException(error);

    /// <summary>Parses <paramref name="connectionString"/>; on failure <paramref name="error"/> names the part.</summary>
    public static bool TryParse(string? connectionString, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out ServiceBusConnectionString? parsed, [System.Diagnostics.CodeAnalysis.NotNullWhen(false)] out string? error)
    {
        parsed = null;
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            error = "The Service Bus connection string is empty.";
            return false;
        }

        var parts = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var position = 0;
        foreach (var segment in connectionString.Split(';'))
        {
            position++;
            if (string.IsNullOrWhiteSpace(segment))
            {
                continue; // a trailing ';' is common
            }

            // Split at the first '=' only: base64 keys end in '='. Never quote the segment: it may be the key.
            var equals = segment.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
            {
                error = string.Create(CultureInfo.InvariantCulture, $"Part {position} of the Service Bus connection string is not Name=Value.");
                return false;
            }

            var name = segment[..equals].Trim();
            if (!parts.TryAdd(name, segment[(equals + 1)..].Trim()))
            {
                error = $"The Service Bus connection string has '{name}' more than once.";
                return false;
            }
        }

        if (parts.ContainsKey("SharedAccessSignature"))
        {
            error = "The Service Bus connection string holds a SharedAccessSignature; use SharedAccessKeyName and SharedAccessKey so tokens can be renewed.";
            return false;
        }

        if (!parts.TryGetValue("Endpoint", out var endpoint) || endpoint.Length == 0)
        {
            error = "The Service Bus connection string has no Endpoint (expected Endpoint=sb://<namespace>.servicebus.windows.net/).";
            return false;
        }

        if (!Uri.TryCreate(endpoint, UriKind.Absolute, out var uri) || uri.Scheme != "sb" || string.IsNullOrEmpty(uri.Host))
        {
            error = $"The Service Bus connection string's Endpoint '{endpoint}' is not an sb://<namespace>.servicebus.windows.net/ address.";
            return false;
        }

        if (!parts.TryGetValue("SharedAccessKeyName", out var keyName) || keyName.Length == 0)
        {
            error = "The Service Bus connection string has no SharedAccessKeyName.";
            return false;
        }

        if (!parts.TryGetValue("SharedAccessKey", out var key) || key.Length == 0)
        {
            error = "The Service Bus connection string has no SharedAccessKey.";
            return false;
        }

        parts.TryGetValue("EntityPath", out var entityPath);
        parsed = new ServiceBusConnectionString(uri.Host, keyName, key, string.IsNullOrEmpty(entityPath) ? null : entityPath);
        error = null;
        return true;
    }

    /// <summary>Never prints the key (records print every member by default).</summary>
    public override string ToString() =>
        $"Endpoint=sb://{Host}/;SharedAccessKeyName={SharedAccessKeyName};SharedAccessKey=***{(EntityPath is null ? string.Empty : ";EntityPath=" + EntityPath)}";
}
