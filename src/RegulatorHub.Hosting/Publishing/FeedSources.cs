using System.Buffers;
using System.Globalization;
using System.IO.Pipelines;
using System.Runtime.CompilerServices;
using System.Text.Json;
using RegulatorHub.Application.Messaging;
using RegulatorHub.Feeds.V1;
using RegulatorHub.Synthetic;

namespace RegulatorHub.Hosting.Publishing;

/// <summary>Where <c>regulatorhub publish</c> takes its messages from: the synthetic generator or a JSON-lines file.</summary>
public static class FeedSources
{
    /// <summary>Longest line read from a file; the contract's largest message is well under this.</summary>
    public const int MaxLineBytes = 1 << 20;

    /// <summary>Synthetic hotline and platform feeds, deterministic for a seed; re-sends included as the generator plans them.</summary>
    public static async IAsyncEnumerable<OutboundFeedMessage> Synthetic(SyntheticFeedOptions options)
    {
        foreach (var complaint in new SyntheticFeedGenerator(options).Generate())
        {
            var message = complaint.Message;
            yield return new OutboundFeedMessage(
                FeedMessageSerializer.MessageIdFor(message.Source!, message.CaseId!), FeedMessageSerializer.Serialize(message), FeedSchema.ContentType);
        }

        await Task.CompletedTask;
    }

    /// <summary>
    /// One message per non-blank line of a UTF-8 JSON-lines file, sent as written (a replay is byte for byte). A line
    /// needs string <c>source</c> and <c>caseId</c> properties for its message id; one without them is not sent and is
    /// reported to <paramref name="skipped"/> with its line number. Everything else (validity) is the worker's to judge.
    /// </summary>
    public static async IAsyncEnumerable<OutboundFeedMessage> JsonLines(
        Stream stream, Action<LineProblem> skipped, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(skipped);
        var reader = PipeReader.Create(stream, new StreamPipeReaderOptions(bufferSize: 1 << 16, leaveOpen: true));
        long lineNumber = 0;
        while (true)
        {
            var read = await reader.ReadAsync(cancellationToken);
            var buffer = read.Buffer;
            while (TryTakeLine(ref buffer, read.IsCompleted, out var line))
            {
                lineNumber++;
                var bytes = line.ToArray().AsMemory();
                if (bytes.Span.Length > 0 && bytes.Span[^1] == (byte)'\r')
                {
                    bytes = bytes[..^1];
                }

                if (bytes.Span.Trim(" \t"u8).IsEmpty)
                {
                    continue;
                }

                if (MessageIdOf(bytes.Span, out var problem) is { } id)
                {
                    yield return new OutboundFeedMessage(id, bytes, FeedSchema.ContentType);
                }
                else
                {
                    skipped(new LineProblem(lineNumber, problem!));
                }
            }

            if (buffer.Length > MaxLineBytes)
            {
                throw new InvalidDataException(string.Create(CultureInfo.InvariantCulture, $"Line {lineNumber + 1} is longer than {MaxLineBytes:N0} bytes."));
            }

            reader.AdvanceTo(buffer.Start, buffer.End);
            if (read.IsCompleted)
            {
                break;
            }
        }

        await reader.CompleteAsync();
    }

    private static bool TryTakeLine(ref ReadOnlySequence<byte> buffer, bool completed, out ReadOnlySequence<byte> line)
    {
        if (buffer.PositionOf((byte)'\n') is { } end)
        {
            line = buffer.Slice(0, end);
            buffer = buffer.Slice(buffer.GetPosition(1, end));
            return true;
        }

        if (completed && buffer.Length > 0)
        {
            line = buffer;
            buffer = buffer.Slice(buffer.End);
            return true;
        }

        line = default;
        return false;
    }

    // Reads only the two properties the id needs; the rest is for the worker to validate.
    private static string? MessageIdOf(ReadOnlySpan<byte> json, out string? problem)
    {
        string? source = null, caseId = null;
        try
        {
            var reader = new Utf8JsonReader(json);
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                problem = "not a JSON object";
                return null;
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName && reader.CurrentDepth == 1)
            {
                var isSource = reader.ValueTextEquals("source"u8);
                var isCaseId = reader.ValueTextEquals("caseId"u8);
                reader.Read();
                if ((isSource || isCaseId) && reader.TokenType == JsonTokenType.String)
                {
                    if (isSource)
                    {
                        source = reader.GetString();
                    }
                    else
                    {
                        caseId = reader.GetString();
                    }
                }
                else
                {
                    reader.Skip();
                }
            }
        }
        catch (JsonException)
        {
            problem = "not valid JSON";
            return null;
        }

        problem = (source, caseId) switch
        {
            (null or "", _) => "no string 'source' property",
            (_, null or "") => "no string 'caseId' property",
            _ => null,
        };
        return problem is null ? FeedMessageSerializer.MessageIdFor(source!, caseId!) : null;
    }
}

/// <summary>A line of an input file that was not sent, and why (never its content: it may hold personal data).</summary>
/// <param name="LineNumber">1-based line number.</param>
/// <param name="Problem">What is wrong with it.</param>
public sealed record LineProblem(long LineNumber, string Problem);
