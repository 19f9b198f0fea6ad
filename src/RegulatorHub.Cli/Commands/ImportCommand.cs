using System.CommandLine;
using System.Globalization;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using RegulatorHub.Application.Storage;
using RegulatorHub.Application.Validation;
using RegulatorHub.Domain.Complaints;
using RegulatorHub.Ingestion.Pipeline;
using RegulatorHub.Ingestion.Sources.Cfpb;
using Spectre.Console;

using static RegulatorHub.Cli.CliOutput;

namespace RegulatorHub.Cli.Commands;

/// <summary>
/// <c>regulatorhub import --format cfpb FILE</c>: reads a published complaint file, stores its complaints through
/// the same de-duplicating recorder as the feeds, and reports every rejected row by line number.
/// </summary>
internal static class ImportCommand
{
    private const int BatchSize = 5_000;

    public static Command Create()
    {
        var format = new Option<string>("--format") { Description = "File format: cfpb (CFPB Consumer Complaint Database CSV, plain or .gz).", Required = true };
        var file = new Argument<FileInfo>("file") { Description = "The file to import." };
        var company = new Option<string?>("--company") { Description = "Company the file is about, for CFPB extracts without a Company column." };
        var show = new Option<int>("--show-rejected") { Description = "How many rejected rows to list (all are kept in quarantine).", DefaultValueFactory = _ => 50 };
        var dataDir = CommonOptions.DataDirectory();
        var command = new Command("import", "Import a complaint file into the store.") { file, format, company, show, dataDir };

        command.SetAction(async (parse, cancellationToken) =>
        {
            if (!string.Equals(parse.GetValue(format), "cfpb", StringComparison.OrdinalIgnoreCase))
            {
                return Fail($"--format must be 'cfpb' (was '{parse.GetValue(format)}').");
            }

            var path = parse.GetValue(file)!;
            if (!path.Exists)
            {
                return Fail($"file: '{path.FullName}' does not exist.");
            }

            using var host = CliHost.Build(parse.GetValue(dataDir), runWorker: false);
            await host.StartAsync(cancellationToken);
            try
            {
                var recorder = host.Services.GetRequiredService<ComplaintRecorder>();
                var options = new CfpbImportOptions { CompanyOverride = parse.GetValue(company) };
                await using var stream = path.OpenRead();
                CfpbCsvReader reader;
                try
                {
                    reader = await CfpbCsvReader.OpenAsync(stream, options, cancellationToken);
                }
                catch (CfpbFormatException refused)
                {
                    return Fail($"The file was refused, nothing was imported: {refused.Message}");
                }

                await using (reader)
                {
                    AnsiConsole.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"Detected: [bold]{reader.Layout.Describe()}[/]");
                    var report = await ImportAsync(reader, recorder, path.Name, host.Services.GetRequiredService<TimeProvider>(), cancellationToken);
                    Print(report, parse.GetValue(show));
                }
            }
            finally
            {
                await host.StopAsync(CancellationToken.None);
            }

            return 0;
        });
        return command;
    }

    private static async Task<ImportReport> ImportAsync(CfpbCsvReader reader, ComplaintRecorder recorder, string fileName, TimeProvider clock, CancellationToken cancellationToken)
    {
        var report = new ImportReport();
        var complaints = new List<Complaint>(BatchSize);
        var refused = new List<QuarantineEntry>();
        await foreach (var row in reader.ReadRowsAsync(cancellationToken))
        {
            report.Rows++;
            if (row.IsRejected)
            {
                report.Rejections.Add(row.Rejection);
                refused.Add(ToQuarantine(row.Rejection, fileName, clock));
            }
            else
            {
                complaints.Add(row.Complaint);
            }

            if (complaints.Count + refused.Count >= BatchSize)
            {
                report.Add(await recorder.RecordAsync(complaints, refused, cancellationToken));
                complaints.Clear();
                refused.Clear();
            }
        }

        report.Add(await recorder.RecordAsync(complaints, refused, cancellationToken));
        return report;
    }

    // The quarantine keeps where the row was, why it was refused and the row itself, so it can be fixed and replayed.
    private static QuarantineEntry ToQuarantine(CfpbRowRejection rejection, string fileName, TimeProvider clock)
    {
        var where = string.Create(CultureInfo.InvariantCulture, $"{fileName}:{rejection.LineNumber}");
        return new QuarantineEntry(
            clock.GetUtcNow(), where, CfpbCsvReader.SourceId, null, QuarantineReason.RejectedRow,
            [new FieldError(rejection.Field, "cfpb-row", rejection.Reason)], Encoding.UTF8.GetBytes(rejection.Record ?? string.Empty));
    }

    private static void Print(ImportReport report, int show)
    {
        AnsiConsole.MarkupLine(string.Create(CultureInfo.InvariantCulture,
            $"Read [bold]{report.Rows:N0}[/] rows: stored [green]{report.Stored:N0}[/], already stored {report.Duplicates:N0}, rejected [{(report.Rejections.Count > 0 ? "red" : "green")}]{report.Rejections.Count:N0}[/]."));
        foreach (var rejection in report.Rejections.Take(show))
        {
            AnsiConsole.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"  [red]rejected[/] {rejection.ToString()}");
        }

        if (report.Rejections.Count > show)
        {
            AnsiConsole.MarkupLine(string.Create(CultureInfo.InvariantCulture, $"  … and {report.Rejections.Count - show:N0} more (all kept in quarantine; --show-rejected N lists more)."));
        }
    }


    private sealed class ImportReport
    {
        public long Rows { get; set; }

        public long Stored { get; private set; }

        public long Duplicates { get; private set; }

        public List<CfpbRowRejection> Rejections { get; } = [];

        public void Add(IngestionBatchResult result)
        {
            Stored += result.Stored;
            Duplicates += result.Duplicates;
        }
    }
}
