using System.CommandLine;
using Leitmotif.Client.Output;
using Leitmotif.Core.Model;
using Leitmotif.Core.Model.Published;

namespace Leitmotif.Client.Commands;

/// <summary>
/// <c>leitmotif models fetch [--from &lt;dir|url&gt;] [--only &lt;id,...&gt;]</c>: installs the paper's published models into the
/// models folder, each file checked against its pinned SHA-256, with their licence; <c>leitmotif models list</c>: what is installed.
/// </summary>
public static class ModelsCommand
{
    private static readonly TimeSpan ConnectTimeout = TimeSpan.FromSeconds(30);

    /// <summary>Builds the command.</summary>
    public static Command Create(GlobalOptions global)
    {
        var command = new Command("models", "The chroma models in the models folder (--models-dir): fetch the published ones, list what is there");
        command.Add(FetchCommand(global));
        command.Add(ListCommand(global));
        return command;
    }

    private static Command FetchCommand(GlobalOptions global)
    {
        var from = new Option<string?>("--from")
        {
            Description = "A folder or base URL holding the files side by side (a mirror, or another models folder) instead of the paper's repository",
        };
        var only = new Option<string?>("--only") { Description = "Comma-separated model IDs (default: all 25)" };
        var command = new Command("fetch",
            $"Download the 25 published models of Zalkow & Müller from github.com/{PublishedModels.Repository} at commit {PublishedModels.Commit[..7]}, " +
            "each file checked against its pinned SHA-256, with their licence (MIT)") { from, only };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var models = PublishedModels.Select(parse.GetValue(only));
            var source = parse.GetValue(from) is { } mirror ? ModelSource.Mirror(mirror) : ModelSource.Repository;
            string folder = Path.GetFullPath(global.ModelsDirectory(parse));
            using var http = new HttpClient(new SocketsHttpHandler { ConnectTimeout = ConnectTimeout });
            var fetcher = new ModelFetcher(http, source, folder);
            Console.Error.WriteLine($"fetching {models.Count} model(s) from {ModelSource.Describe(source.Root)} into {folder}");
            try
            {
                string licence = await fetcher.FetchLicenceAsync(cancellationToken);
                await foreach (var model in fetcher.FetchAsync(models, cancellationToken))
                    Console.WriteLine($"{model.Id,-26}  {(model.Downloaded ? "fetched" : "already installed"),-17}  {ByteSizes.Format(model.Bytes)}");
                Console.WriteLine();
                Console.WriteLine($"The published models are under the MIT licence, installed beside them as {Path.Combine(folder, PublishedModels.Licence.FileName)}:");
                Console.WriteLine(licence.TrimEnd());
                return 0;
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                Console.Error.WriteLine("interrupted: the models listed are installed, nothing half-written is left; fetch again to resume");
                return 130;
            }
        });
        return command;
    }

    private static Command ListCommand(GlobalOptions global)
    {
        var command = new Command("list", "The models in the models folder: id, loss, rotation, source (published, checkpoint or own), size");
        command.SetAction(parse =>
        {
            string folder = Path.GetFullPath(global.ModelsDirectory(parse));
            var models = InstalledModels.List(folder);
            if (models.Count == 0)
            {
                Console.WriteLine($"no models in {folder}; 'leitmotif models fetch' installs the 25 published ones");
                return 0;
            }
            int width = models.Max(m => m.Id.Length);
            Console.WriteLine($"{"id".PadRight(width)}  {"loss",-6}  {"rotation",-15}  {"source",-10}  size");
            foreach (var m in models)
                Console.WriteLine($"{m.Id.PadRight(width)}  {m.Loss ?? "-",-6}  {m.Rotation ?? "-",-15}  {m.Origin.ToString().ToLowerInvariant(),-10}  {ByteSizes.Format(m.Bytes)}");
            Console.WriteLine($"{models.Count} model(s) in {folder}");
            return 0;
        });
        return command;
    }
}
