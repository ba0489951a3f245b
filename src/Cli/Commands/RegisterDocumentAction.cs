using System.Text;
using Supervision.Acts;
using Supervision.Generation;
using Supervision.Templating;

namespace Supervision.Cli.Commands;

/// <summary>register document ID --format FORMAT [--out PATH] [--variant V]: the stored act's PDF as issued, or another format re-created with its template versions.</summary>
internal sealed class RegisterDocumentAction : ICommandAction
{
    public string Name => "document";

    public string Usage => $"document ID {RegisterDatabase.Option} --format pdf|docx|html|markup|text [--out PATH|-] [--variant full|court-copy]";

    public string Summary => "writes a stored act's document: the PDF as kept at issue (one issued before PDFs were kept is re-created and kept), the DOCX, HTML, markup or text re-created with the template versions it was issued with; checked against the SHA-256 stored at issue where there is one (exit 1 when it differs)";

    public int Run(Arguments arguments, TextWriter output, TextWriter error)
    {
        var id = arguments.Id(1);
        var format = arguments.Enum<OutputFormat>("format") ?? throw new UsageException($"--format is required: {string.Join(", ", EnumNames.All<OutputFormat>())}");
        var outPath = arguments.Option("out");
        var variant = arguments.Option("variant", TemplateRenderer.FullVariant)!;
        var connection = RegisterDatabase.Connection(arguments);
        arguments.EnsureAllRead(positionalCount: 2);
        if (outPath is null && !format.IsText())
        {
            throw new UsageException($"--out PATH is required for {EnumNames.Of(format)}");
        }

        return RegisterDatabase.Run(connection, error, async register =>
        {
            var act = await register.GetAsync(id);
            if (act is null)
            {
                error.WriteLine($"error: no act with id {id} in the register");
                return CommandLine.BadInput;
            }

            var problem = ActGenerator.VariantProblem(act.Kind, variant);
            if (problem is not null)
            {
                error.WriteLine($"error: {problem}");
                return CommandLine.BadInput;
            }

            var rendered = await register.RenderAsync(act, format, variant);
            if (outPath is null || (DocumentOut.IsStandardOutput(outPath) && format.IsText()))
            {
                output.Write(Encoding.UTF8.GetString(rendered.Document.Content));
            }
            else if (DocumentOut.IsStandardOutput(outPath))
            {
                // The bytes alone on standard output; whether they are those issued goes to standard error.
                DocumentOut.Write(outPath, rendered.Document.Content, output, $"the {EnumNames.Of(format).ToUpperInvariant()}");
                if (rendered.MatchesIssued == false)
                {
                    error.WriteLine($"error: the document's sha256 {rendered.Document.Sha256} DIFFERS from the hash stored at issue");
                }
            }
            else
            {
                AtomicFile.Write(outPath, rendered.Document.Content);
                output.WriteLine($"{outPath}  sha256 {rendered.Document.Sha256}" + rendered.MatchesIssued switch
                {
                    true => "  (as issued)",
                    false => "  (DIFFERS from the hash stored at issue)",
                    null => string.Empty,
                });
            }

            return rendered.MatchesIssued == false ? CommandLine.Invalid : CommandLine.Ok;
        });
    }
}
