using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using RegulatorHub.Application.Messaging;
using RegulatorHub.Hosting.Publishing;
using RegulatorHub.Synthetic;
using Spectre.Console;

using static RegulatorHub.Cli.CliOutput;

namespace RegulatorHub.Cli.Commands;

/// <summary>
/// <c>regulatorhub publish</c>: sends synthetic hotline and platform feeds, or replays a JSON-lines file, to the feed
/// queue on a broker, flat out or at a given rate. Message ids are source + case id, so sending again is harmless.
/// </summary>
internal static class PublishCommand
{
    public static Command Create()
    {
        var synthetic = new Option<int?>("--synthetic") { Description = "Send this many synthetic complaints (1–50,000,000)." };
        var seed = new Option<int>("--seed") { Description = "Generator seed for --synthetic: the same seed sends the same messages.", DefaultValueFactory = _ => 2315 };
        var file = new Option<FileInfo?>("--file") { Description = "Replay a UTF-8 JSON-lines file, one feed message per line, byte for byte." };
        var rate = new Option<double?>("--rate") { Description = "Messages per second (default: as fast as the broker accepts them)." };
        var broker = new BrokerOptions();
        var command = new Command("publish", "Send complaint feeds to the broker's feed queue.") { synthetic, seed, file, rate };
        broker.AddTo(command);

        command.SetAction(async (parse, cancellationToken) =>
        {
            var count = parse.GetValue(synthetic);
            var path = parse.GetValue(file);
            if ((count is null) == (path is null))
            {
                return Fail("Give exactly one of --synthetic N or --file PATH.");
            }

            if (count is < 1 or > SyntheticFeedOptions.MaxComplaints)
            {
                return Fail($"--synthetic must be between 1 and {SyntheticFeedOptions.MaxComplaints:N0} (was {count}).");
            }

            if (path is { Exists: false })
            {
                return Fail($"--file: '{path.FullName}' does not exist.");
            }

            if (parse.GetValue(rate) is <= 0 or > 1_000_000)
            {
                return Fail($"--rate must be above 0 and at most 1,000,000 messages per second (was {parse.GetValue(rate)}).");
            }

            using var host = CliHost.Build(dataDirectory: null, runWorker: false, broker.ToSettings(parse));
            if (!BrokerOptions.IsBrokerConfigured(host.Services.GetRequiredService<IConfiguration>()))
            {
                return Fail("publish needs a broker: give --broker amqp://user:password@host:5672 (RabbitMQ) or a Service Bus connection string, or set Messaging__Provider=Amqp and Messaging__Amqp__ConnectionString.");
            }

            var skipped = new List<LineProblem>();
            await using var stream = path?.OpenRead();
            var messages = stream is not null
                ? FeedSources.JsonLines(stream, skipped.Add, cancellationToken)
                : FeedSources.Synthetic(SyntheticFeedOptions.Default with { Complaints = count!.Value, Seed = parse.GetValue(seed) });

            var sender = new FeedSender(host.Services.GetRequiredService<IFeedPublisher>());
            var clock = Stopwatch.StartNew();
            long sent = 0;
            var progress = new Progress<long>(n =>
            {
                sent = n;
                AnsiConsole.MarkupLine(string.Create(CultureInfo.InvariantCulture, $"  sent {n:N0} ({n / Math.Max(0.001, clock.Elapsed.TotalSeconds):N0}/s)"));
            });
            try
            {
                sent = await sender.SendAsync(messages, parse.GetValue(rate), progress, cancellationToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                return Fail($"Sending stopped after {sent:N0} accepted messages: {exception.Message}");
            }

            AnsiConsole.MarkupLine(string.Create(CultureInfo.InvariantCulture,
                $"[green]Sent {sent:N0}[/] messages in {clock.Elapsed.TotalSeconds:F1} s ({sent / Math.Max(0.001, clock.Elapsed.TotalSeconds):N0}/s); every one accepted by the broker."));
            foreach (var problem in skipped.Take(50))
            {
                AnsiConsole.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"[yellow]line {problem.LineNumber}: not sent, {problem.Problem}[/]");
            }

            if (skipped.Count > 0)
            {
                AnsiConsole.MarkupLine(string.Create(CultureInfo.InvariantCulture, $"[yellow]{skipped.Count:N0} lines were not sent (no message id could be made).[/]"));
                return 3;
            }

            return 0;
        });
        return command;
    }
}
