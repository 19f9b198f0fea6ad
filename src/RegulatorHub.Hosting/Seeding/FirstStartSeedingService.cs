using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RegulatorHub.Application.Configuration;

namespace RegulatorHub.Hosting.Seeding;

/// <summary>Seeds the synthetic dataset in the background on the first start of an empty store.</summary>
public sealed partial class FirstStartSeedingService(
    SyntheticSeeder seeder,
    IOptions<SeedOptions> options,
    ILogger<FirstStartSeedingService> logger) : BackgroundService
{
    /// <summary>The latest progress, for the dashboard's banner; <see langword="null"/> when not seeding.</summary>
    public SeedProgress? Progress { get; private set; }

    /// <summary>True once seeding has finished or was not needed.</summary>
    public bool Finished { get; private set; }

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            var progress = new Progress<SeedProgress>(p => Progress = p);
            await seeder.SeedAsync(options.Value, force: false, progress, stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            LogInterrupted(logger);
        }
        catch (Exception exception)
        {
            // Seeding is a convenience: the dashboard keeps serving whatever the store holds.
            LogFailed(logger, exception.GetType().Name, exception);
        }
        finally
        {
            Finished = true;
            Progress = null;
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Seeding failed ({ErrorType}); it is retried on the next start")]
    private static partial void LogFailed(ILogger logger, string errorType, Exception exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "Seeding interrupted by shutdown; it resumes on the next start")]
    private static partial void LogInterrupted(ILogger logger);
}
