using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace RegulatorHub.Benchmarks;

/// <summary>
/// Drives the reference implementation, R's <c>forecast</c> package (<c>ets()</c>, <c>thetaf()</c>), on the same
/// training windows: writes them to a temporary file, runs a generated script with <c>Rscript</c> and reads back point
/// forecasts and 80%/95% intervals. R times its own fits (excluding start-up and file reading). Installs
/// <c>r-base-core</c> and <c>r-cran-forecast</c> with apt-get when the package cannot be loaded.
/// </summary>
internal static class ForecastEvalR
{
    // One line per forecast: id, then the training counts. R answers one line per (id, method, step).
    private const string Script = """
        suppressMessages(library(forecast))
        args <- commandArgs(trailingOnly = TRUE)
        lines <- readLines(args[1])
        h <- as.integer(args[3])
        out <- file(args[2], "w")
        elapsed <- c(ets = 0, theta = 0)
        emit <- function(id, method, f) {
          writeLines(sprintf("%s,%s,%d,%.10g,%.10g,%.10g,%.10g,%.10g", id, method, 1:h, f$mean,
                             f$lower[, 1], f$upper[, 1], f$lower[, 2], f$upper[, 2]), out)
        }
        for (line in lines) {
          parts <- strsplit(line, ",", fixed = TRUE)[[1]]
          y <- ts(as.numeric(parts[-1]), frequency = as.integer(args[5]))
          t0 <- proc.time()[["elapsed"]]
          # ets() ignores seasonality for frequency > 24 and says so; the warning is expected here.
          fe <- suppressWarnings(forecast(ets(y), h = h, level = c(80, 95)))
          t1 <- proc.time()[["elapsed"]]
          ft <- thetaf(y, h = h, level = c(80, 95))
          t2 <- proc.time()[["elapsed"]]
          elapsed <- elapsed + c(t1 - t0, t2 - t1)
          emit(parts[1], "ets", fe)
          emit(parts[1], "thetaf", ft)
        }
        close(out)
        writeLines(sprintf("%.6f,%.6f", elapsed[["ets"]], elapsed[["theta"]]), args[4])
        """;

    /// <summary>R's forecasts keyed by (forecast id, method) and its fitting seconds per method.</summary>
    public sealed record Result(Dictionary<(int Id, string Method), double[][]> Forecasts, double EtsSeconds, double ThetaSeconds, string Version);

    public static async Task<Result> RunAsync(IReadOnlyList<double[]> trainingWindows, int horizon, int season)
    {
        await EnsureInstalledAsync();
        var directory = Directory.CreateTempSubdirectory("forecast-eval-");
        try
        {
            var input = Path.Combine(directory.FullName, "series.csv");
            var output = Path.Combine(directory.FullName, "forecasts.csv");
            var timing = Path.Combine(directory.FullName, "timing.csv");
            var script = Path.Combine(directory.FullName, "eval.R");
            await File.WriteAllTextAsync(script, Script);
            await using (var writer = new StreamWriter(input, false, new UTF8Encoding(false)))
            {
                for (var i = 0; i < trainingWindows.Count; i++)
                {
                    await writer.WriteLineAsync(i.ToString(CultureInfo.InvariantCulture) + "," + string.Join(',', trainingWindows[i].Select(v => v.ToString("R", CultureInfo.InvariantCulture))));
                }
            }

            var (code, _, error) = await RunProcessAsync("Rscript", [script, input, output, horizon.ToString(CultureInfo.InvariantCulture), timing, season.ToString(CultureInfo.InvariantCulture)]);
            if (code != 0)
            {
                throw new InvalidOperationException("Rscript failed: " + error);
            }

            var forecasts = new Dictionary<(int, string), double[][]>();
            foreach (var line in await File.ReadAllLinesAsync(output))
            {
                var f = line.Split(',');
                var key = (int.Parse(f[0], CultureInfo.InvariantCulture), f[1]);
                if (!forecasts.TryGetValue(key, out var columns))
                {
                    columns = [new double[horizon], new double[horizon], new double[horizon], new double[horizon], new double[horizon]];
                    forecasts[key] = columns;
                }

                var step = int.Parse(f[2], CultureInfo.InvariantCulture) - 1;
                for (var c = 0; c < 5; c++)
                {
                    columns[c][step] = double.Parse(f[3 + c], CultureInfo.InvariantCulture);
                }
            }

            var times = (await File.ReadAllTextAsync(timing)).Trim().Split(',');
            return new Result(
                forecasts,
                double.Parse(times[0], CultureInfo.InvariantCulture),
                double.Parse(times[1], CultureInfo.InvariantCulture),
                await VersionAsync());
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    private static async Task EnsureInstalledAsync()
    {
        if (await LoadsAsync())
        {
            return;
        }

        Console.WriteLine("R forecast package not loadable: installing r-base-core r-cran-forecast with apt-get");
        string[] install = ["install", "-y", "--no-install-recommends", "r-base-core", "r-cran-forecast"];
        if ((await RunProcessAsync("apt-get", install)).Code != 0)
        {
            await RunProcessAsync("apt-get", ["update"]);
            var (code, _, error) = await RunProcessAsync("apt-get", install);
            if (code != 0)
            {
                throw new InvalidOperationException("apt-get could not install R's forecast package: " + error);
            }
        }

        if (!await LoadsAsync())
        {
            throw new InvalidOperationException("R's forecast package still cannot be loaded after installation.");
        }
    }

    private static async Task<bool> LoadsAsync()
    {
        try
        {
            return (await RunProcessAsync("Rscript", ["-e", "suppressMessages(library(forecast))"])).Code == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false; // Rscript itself is missing
        }
    }

    private static async Task<string> VersionAsync()
    {
        var (_, output, _) = await RunProcessAsync("Rscript", ["-e", "cat(R.version$major, R.version$minor, as.character(packageVersion('forecast')))"]);
        return output.Trim();
    }

    private static async Task<(int Code, string Output, string Error)> RunProcessAsync(string file, IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start " + file);
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output, await error);
    }
}
