using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using RegulatorHub.Application.Configuration;
using RegulatorHub.Hosting.Seeding;
using Spectre.Console;

using static RegulatorHub.Cli.CliOutput;

namespace RegulatorHub.Cli.Commands;

/// <summary><c>regulatorhub seed</c>: loads the deterministic synthetic dataset through the ingestion pipeline.</summary>
internal static class SeedCommand
{
    public static Command Create()
    {
        var complaints = new Option<int>("--complaints", "-n") { Description = "How many complaints to generate (1–50,000,000).", DefaultValueFactory = _ => 500_000 };
        var seed = new Option<int>("--seed") { Description = "Generator seed: the same seed gives the same dataset.", DefaultValueFactory = _ => 2315 };
        var years = new Option<int>("--years") { Description = "Years of history (1–20).", DefaultValueFactory = _ => 3 };
        var end = new Option<string?>("--end") { Description = "Last day of the dataset, yyyy-MM-dd (default: today, China time)." };
        var dataDir = CommonOptions.DataDirectory();
        var command = new Command("seed", "Generate the synthetic China-context dataset and ingest it (skipped if already seeded).")
        {
            complaints, seed, years, end, dataDir,
        };

        command.SetAction(async (parse, cancellationToken) =>
        {
            var options = new SeedOptions
            {
                Complaints = parse.GetValue(complaints),
                RandomSeed = parse.GetValue(seed),
                Years = parse.GetValue(years),
            };
            if (options.Complaints is < 1 or > 50_000_000)
            {
                return Fail("--complaints must be between 1 and 50,000,000.");
            }

            if (options.Years is < 1 or > 20)
            {
                return Fail("--years must be between 1 and 20.");
            }

            if (parse.GetValue(end) is { } endText)
            {
                if (!DateOnly.TryParseExact(endText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var endDate))
                {
                    return Fail($"--end must be a date written yyyy-MM-dd (was '{endText}').");
                }

                options.EndDate = endDate;
            }

            using var host = CliHost.Build(parse.GetValue(dataDir), runWorker: true);
            await host.StartAsync(cancellationToken);
            var seeder = host.Services.GetRequiredService<SyntheticSeeder>();
            SeedResult? result = null;
            await AnsiConsole.Progress()
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
                .StartAsync(async context =>
                {
                    var task = context.AddTask("Seeding", maxValue: options.Complaints);
                    var progress = new Progress<SeedProgress>(p => task.Value = p.Settled);
                    result = await seeder.SeedAsync(options, force: true, progress, cancellationToken);
                    task.Value = task.MaxValue;
                });
            await host.StopAsync(CancellationToken.None);

            if (result!.Skipped)
            {
                AnsiConsole.MarkupLine("[yellow]The store was already seeded; nothing to do.[/]");
                return 0;
            }

            AnsiConsole.MarkupLine(string.Create(CultureInfo.InvariantCulture,
                $"Stored [green]{result.Stored:N0}[/] complaints ({result.Duplicates:N0} duplicate re-sends recognized, {result.Quarantined:N0} quarantined) in {result.Elapsed.TotalSeconds:F1} s."));
            return 0;
        });
        return command;
    }
}
