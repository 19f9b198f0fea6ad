using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace RegulatorHub.Benchmarks;

/// <summary>Alarms of R's <c>surveillance::farringtonFlexible</c> per series and evaluated week, and the time R spent fitting.</summary>
/// <param name="Alarms">[series][evaluation week]: true when R raised an alarm.</param>
/// <param name="Seconds">Elapsed seconds of the farringtonFlexible call, timed inside R.</param>
internal sealed record FarringtonRResult(bool[][] Alarms, double Seconds);

/// <summary>
/// Runs the public-health reference implementation on the same series: Debian's r-cran-surveillance (installed with
/// apt-get when missing), driven by a generated script through Rscript; counts go in and alarms come back as CSV.
/// </summary>
internal static class HotspotEvalFarringtonR
{
    public static async Task<bool> EnsureInstalledAsync()
    {
        if (await RunAsync("Rscript", ["-e", "suppressMessages(library(surveillance))"], TimeSpan.FromMinutes(1)) == 0)
        {
            return true;
        }

        Console.WriteLine("R surveillance package missing; installing r-base-core r-cran-surveillance with apt-get");
        await RunAsync("apt-get", ["update", "-qq"], TimeSpan.FromMinutes(5));
        await RunAsync("apt-get", ["install", "-y", "--no-install-recommends", "-o", "DPkg::Lock::Timeout=300", "r-base-core", "r-cran-surveillance"], TimeSpan.FromMinutes(15));
        return await RunAsync("Rscript", ["-e", "suppressMessages(library(surveillance))"], TimeSpan.FromMinutes(1)) == 0;
    }

    /// <summary>Scores weeks [firstWeek, firstWeek + weeks) of every series, with the control of Noufaily et al. (2013).</summary>
    public static async Task<FarringtonRResult> RunAsync(IReadOnlyList<SimulatedSeries> series, int firstWeek, int weeks, int yearsBack, double alpha)
    {
        var folder = Directory.CreateTempSubdirectory("hotspot-eval-");
        try
        {
            var input = Path.Combine(folder.FullName, "counts.csv");
            var output = Path.Combine(folder.FullName, "alarms.csv");
            var timing = Path.Combine(folder.FullName, "seconds.txt");
            var script = Path.Combine(folder.FullName, "farrington.R");

            // One column per series, one row per week.
            var text = new StringBuilder();
            var length = series[0].Counts.Length;
            for (var t = 0; t < length; t++)
            {
                text.AppendJoin(',', series.Select(s => s.Counts[t].ToString(CultureInfo.InvariantCulture))).Append('\n');
            }

            await File.WriteAllTextAsync(input, text.ToString());

            // thresholdMethod "nbPlugin" is Noufaily's negative binomial quantile with plug-in mean (surveillance ≥ 1.12 no
            // longer accepts the name "Noufaily"); limit54 = c(5, 4) is the minimum-count rule every method here uses.
            var r = string.Create(CultureInfo.InvariantCulture, $$"""
                suppressMessages(library(surveillance))
                y <- as.matrix(read.csv("{{input}}", header = FALSE))
                s <- sts(observed = y, start = c(2000, 1), frequency = 52)
                control <- list(range = {{firstWeek + 1}}:{{firstWeek + weeks}}, noPeriods = 10, populationOffset = FALSE,
                                b = {{yearsBack}}, w = 3, weightsThreshold = 2.58, pastWeeksNotIncluded = 26,
                                thresholdMethod = "nbPlugin", alpha = {{alpha}}, trend = TRUE, limit54 = c(5, 4))
                elapsed <- system.time(result <- farringtonFlexible(s, control = control))[["elapsed"]]
                a <- alarms(result)
                a[is.na(a)] <- FALSE
                write.table(a * 1L, "{{output}}", sep = ",", row.names = FALSE, col.names = FALSE)
                writeLines(format(elapsed, nsmall = 3), "{{timing}}")
                """);
            await File.WriteAllTextAsync(script, r);
            var exit = await RunAsync("Rscript", [script], TimeSpan.FromMinutes(30));
            if (exit != 0)
            {
                throw new InvalidOperationException($"Rscript exited with {exit}.");
            }

            var rows = await File.ReadAllLinesAsync(output);
            var alarms = new bool[series.Count][];
            for (var s = 0; s < series.Count; s++)
            {
                alarms[s] = new bool[weeks];
            }

            for (var w = 0; w < weeks; w++)
            {
                var cells = rows[w].Split(',');
                for (var s = 0; s < series.Count; s++)
                {
                    alarms[s][w] = cells[s].Trim() == "1";
                }
            }

            var seconds = double.Parse((await File.ReadAllTextAsync(timing)).Trim(), CultureInfo.InvariantCulture);
            return new FarringtonRResult(alarms, seconds);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static async Task<int> RunAsync(string program, string[] arguments, TimeSpan timeout)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        try
        {
            using var process = Process.Start(start)!;
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            using var cancellation = new CancellationTokenSource(timeout);
            try
            {
                await process.WaitForExitAsync(cancellation.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"{program} did not finish within {timeout}.");
            }

            var errors = await stderr;
            await stdout;
            if (process.ExitCode != 0 && errors.Length > 0)
            {
                Console.WriteLine($"{program}: {errors.Trim()}");
            }

            return process.ExitCode;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            // The program is not installed.
            return -1;
        }
    }
}
