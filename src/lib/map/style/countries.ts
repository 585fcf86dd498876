/**
 * The land: every country filled and bordered, the CSTO members tinted, those with troops in
 * Kazakhstan tinted deeper and outlined while they are there, the host outlined throughout (and
 * emphasised on days with events across the whole country).
 */
import type { ExpressionSpecification, FilterSpecification, LayerSpecification } from 'maplibre-gl';
import type { Member } from '#lib/data/schema.ts';
import type { MapPalette } from '#lib/map/palette.ts';
import { dayNow, deployedExpr, isoIn } from './expressions';

export function countryLayers(
	p: MapPalette,
	members: Member[],
	nationwide: number[]
): LayerSpecification[] {
	// On a day with events across the whole country, its outline is drawn heavier, with a halo:
	// they are about all of it, not a point in its steppe.
	const countrywide: ExpressionSpecification = ['in', dayNow, ['literal', nationwide]];
	const host = members.filter((m) => m.role === 'host').map((m) => m.iso2);
	const csto = members.map((m) => m.iso2);
	const contributors = members.filter((m) => m.contingent).map((m) => m.iso2);
	const deployed = deployedExpr(members);
	return [
		{
			id: 'countries-fill',
			type: 'fill',
			source: 'countries',
			paint: {
				'fill-color': [
					'case',
					isoIn(host),
					p.hostFill,
					deployed,
					p.cstoDeployed,
					isoIn(csto),
					p.cstoMember,
					p.landOutside
				]
			}
		},
		{
			id: 'countries-border',
			type: 'line',
			source: 'countries',
			paint: { 'line-color': p.border, 'line-width': 0.6 }
		},
		{
			id: 'csto-outline',
			type: 'line',
			source: 'countries',
			filter: isoIn(contributors) as FilterSpecification,
			paint: {
				'line-color': p.cstoOutline,
				'line-width': ['case', deployed, 2, 1]
			}
		},
		{
			id: 'nationwide-halo',
			type: 'line',
			source: 'countries',
			filter: ['all', isoIn(host), countrywide] as FilterSpecification,
			paint: { 'line-color': p.hostOutline, 'line-width': 9, 'line-opacity': 0.18 }
		},
		{
			id: 'host-outline',
			type: 'line',
			source: 'countries',
			filter: isoIn(host) as FilterSpecification,
			paint: { 'line-color': p.hostOutline, 'line-width': ['case', countrywide, 3.2, 2.2] }
		}
	];
}
