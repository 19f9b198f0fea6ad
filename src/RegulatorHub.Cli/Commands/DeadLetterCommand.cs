using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using RegulatorHub.Application.Messaging;
using Spectre.Console;

using static RegulatorHub.Cli.CliOutput;

namespace RegulatorHub.Cli.Commands;

/// <summary>
/// <c>regulatorhub dlq list|replay</c>: what the worker set aside on the broker and why, and re-submitting chosen
/// messages once the cause is fixed (a sender's correction, a new crosswalk entry, a widened rule).
/// </summary>
internal static class DeadLetterCommand
{
    private const int MaxMessages = 10_000;

    public static Command Create()
    {
        var command = new Command("dlq", "Dead-lettered feed messages on the broker: list them with their reasons, replay chosen ones.");
        command.Add(CreateList());
        command.Add(CreateReplay());
        return command;
    }

    private static Command CreateList()
    {
        var max = MaxOption("How many to show, oldest first.", 50);
        var broker = new BrokerOptions();
        var command = new Command("list", "Show dead-lettered messages with reason and description (left in place).") { max };
        broker.AddTo(command);
        command.SetAction(async (parse, cancellationToken) =>
        {
            if (Validate(parse.GetValue(max)) is { } error)
            {
                return Fail(error);
            }

            return await WithQueueAsync(parse, broker, async queue =>
            {
                var messages = await queue.PeekAsync(parse.GetValue(max), cancellationToken);
                if (messages.Count == 0)
                {
                    AnsiConsole.MarkupLine("[green]The dead-letter queue is empty.[/]");
                    return 0;
                }

                var table = new Table().AddColumns("Message id", "Reason", "Dead-lettered (UTC)", "Description");
                foreach (var message in messages)
                {
                    table.AddRow(
                        Markup.Escape(message.MessageId),
                        Markup.Escape(message.Reason),
                        message.DeadLetteredAt?.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture) ?? "—",
                        Markup.Escape(message.Description));
                }

                AnsiConsole.Write(table);
                var byReason = messages.GroupBy(m => m.Reason).OrderByDescending(g => g.Count()).Select(g => $"{g.Key} {g.Count():N0}");
                AnsiConsole.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"{messages.Count:N0} shown (oldest first): {string.Join(", ", byReason)}.");
                return 0;
            });
        });
        return command;
    }

    private static Command CreateReplay()
    {
        var ids = new Option<string[]>("--id") { Description = "Message id to replay (repeat for several).", AllowMultipleArgumentsPerToken = true };
        var reason = new Option<string?>("--reason") { Description = "Replay every message dead-lettered with this reason." };
        var all = new Option<bool>("--all") { Description = "Replay every message looked at." };
        var max = MaxOption("How many dead-lettered messages to look at, oldest first.", 1000);
        var broker = new BrokerOptions();
        var command = new Command("replay", "Re-submit chosen dead-lettered messages to the feed queue and remove them from the dead-letter queue.")
        {
            ids, reason, all, max,
        };
        broker.AddTo(command);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var chosenIds = parse.GetValue(ids) ?? [];
            var chosenReason = parse.GetValue(reason);
            var everything = parse.GetValue(all);
            var selectors = (chosenIds.Length > 0 ? 1 : 0) + (chosenReason is null ? 0 : 1) + (everything ? 1 : 0);
            if (selectors != 1)
            {
                return Fail("Choose what to replay with exactly one of --id ID (repeatable), --reason REASON or --all.");
            }

            if (Validate(parse.GetValue(max)) is { } error)
            {
                return Fail(error);
            }

            var idSet = chosenIds.ToHashSet(StringComparer.Ordinal);
            Func<DeadLetteredFeedMessage, bool> select = everything ? _ => true
                : chosenReason is not null ? m => string.Equals(m.Reason, chosenReason, StringComparison.Ordinal)
                : m => idSet.Contains(m.MessageId);

            return await WithQueueAsync(parse, broker, async queue =>
            {
                var replayed = await queue.ReplayAsync(select, parse.GetValue(max), cancellationToken);
                AnsiConsole.MarkupLine(string.Create(CultureInfo.InvariantCulture, $"[green]Replayed {replayed.Count:N0}[/] messages to the feed queue."));
                var missing = idSet.Except(replayed.Select(m => m.MessageId), StringComparer.Ordinal).ToList();
                if (missing.Count > 0)
                {
                    AnsiConsole.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"[yellow]Not found among the {parse.GetValue(max):N0} oldest dead letters: {string.Join(", ", missing)}[/]");
                    return 3;
                }

                return 0;
            });
        });
        return command;
    }

    private static async Task<int> WithQueueAsync(ParseResult parse, BrokerOptions broker, Func<IDeadLetterQueue, Task<int>> action)
    {
        using var host = CliHost.Build(dataDirectory: null, runWorker: false, broker.ToSettings(parse));
        if (!BrokerOptions.IsBrokerConfigured(host.Services.GetRequiredService<IConfiguration>()))
        {
            return Fail("dlq needs a broker: give --broker amqp://user:password@host:5672 (RabbitMQ) or a Service Bus connection string, or set Messaging__Provider=Amqp and Messaging__Amqp__ConnectionString.");
        }

        try
        {
            return await action(host.Services.GetRequiredService<IDeadLetterQueue>());
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            return Fail($"The broker could not be used: {exception.Message}");
        }
    }

    private static Option<int> MaxOption(string description, int defaultValue) =>
        new("--max") { Description = $"{description} (1–{MaxMessages:N0}).", DefaultValueFactory = _ => defaultValue };

    private static string? Validate(int max) =>
        max is < 1 or > MaxMessages ? string.Create(CultureInfo.InvariantCulture, $"--max must be between 1 and {MaxMessages:N0} (was {max}).") : null;
}
