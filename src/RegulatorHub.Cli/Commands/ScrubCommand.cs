using System.CommandLine;
using System.Text;
using RegulatorHub.Ingestion.Scrubbing;

namespace RegulatorHub.Cli.Commands;

/// <summary>
/// <c>regulatorhub scrub</c>: reads UTF-8 text lines on standard input and writes them scrubbed of personal data on
/// standard output, so anyone can check the scrubber on their own text. Nothing is stored or logged.
/// </summary>
internal static class ScrubCommand
{
    public static Command Create()
    {
        var command = new Command("scrub", "Scrub personal data from text lines read on stdin; write them to stdout (UTF-8).");
        command.SetAction(async (_, cancellationToken) =>
        {
            using var input = new StreamReader(Console.OpenStandardInput(), new UTF8Encoding(false));
            await using var output = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false)) { AutoFlush = false };
            while (await input.ReadLineAsync(cancellationToken) is { } line)
            {
                await output.WriteLineAsync(NarrativeScrubber.Scrub(line).Text.AsMemory(), cancellationToken);
            }

            await output.FlushAsync(cancellationToken);
            return 0;
        });
        return command;
    }
}
