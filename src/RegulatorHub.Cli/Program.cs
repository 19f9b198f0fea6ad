using System.CommandLine;
using System.Text;
using RegulatorHub.Cli.Commands;

Console.OutputEncoding = Encoding.UTF8;

var root = new RootCommand("RegulatorHub: complaint analytics for market regulators.")
{
    SeedCommand.Create(),
    ImportCommand.Create(),
    StatsCommand.Create(),
    ScrubCommand.Create(),
    PublishCommand.Create(),
    DeadLetterCommand.Create(),
    AuditCommand.Create(),
};

return await root.Parse(args).InvokeAsync();
