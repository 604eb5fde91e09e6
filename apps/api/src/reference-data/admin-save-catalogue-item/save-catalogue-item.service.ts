import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import type { CatalogueItem } from '../../../../../libs/domain/src/catalogues/catalogue-item';
import { DomainError } from '../../../../../libs/domain/src/errors/domain-error';
import { validateCatalogue } from '../../../../../libs/domain/src/catalogues/validate-catalogue';
import { CatalogueItemEntity } from '../../../../../libs/persistence/src/entities/reference/catalogue-item.entity';
import { catalogueKindOf } from '../catalogue-kind';
import { AdminCatalogueItemView } from '../catalogue-item.view';
import { alreadyExists, notFound, staleVersion } from '../reference-problems';
import { SaveCatalogueItemDto } from './save-catalogue-item.dto';

const ITEM = { vi: 'Mục danh mục', en: 'Catalogue item' };

@Injectable()
export class SaveCatalogueItemService {
  constructor(@InjectRepository(CatalogueItemEntity) private readonly items: Repository<CatalogueItemEntity>) {}

  async save(kindParam: string, code: string, dto: SaveCatalogueItemDto): Promise<{ created: boolean; item: AdminCatalogueItemView }> {
    const kind = catalogueKindOf(kindParam);
    const item: CatalogueItem = { kind, code, name: dto.name, ...(dto.description ? { description: dto.description } : {}), active: dto.active ?? true };
    if (code.length > 64) {
      throw new DomainError('CATALOGUE_INVALID', { vi: 'Mã mục danh mục dài tối đa 64 ký tự', en: 'A catalogue item code is at most 64 characters long' }, 'code');
    }
    validateCatalogue([item]);
    const fields = {
      nameVi: item.name.vi,
      nameEn: item.name.en,
      descriptionVi: item.description?.vi ?? null,
      descriptionEn: item.description?.en ?? null,
      active: item.active,
    };
    const key = `${kind}/${code}`;

    if (dto.version === undefined) {
      const sortOrder = dto.sortOrder ?? (await this.nextSortOrder(kind));
      const inserted = await this.items.createQueryBuilder().insert().values({ kind, code, ...fields, sortOrder }).orIgnore().updateEntity(false).returning('code').execute();
      if ((inserted.raw as unknown[]).length === 0) throw alreadyExists('catalogue-item-exists', ITEM, key);
      return { created: true, item: AdminCatalogueItemView.of(await this.items.findOneByOrFail({ kind, code })) };
    }

    // The version check and the write are one statement, so two editors cannot both win.
    const updated = await this.items
      .createQueryBuilder()
      .update()
      .set({ ...fields, ...(dto.sortOrder !== undefined ? { sortOrder: dto.sortOrder } : {}) })
      .where('kind = :kind AND code = :code AND version = :version', { kind, code, version: dto.version })
      .execute();
    const row = await this.items.findOneBy({ kind, code });
    if (!row) throw notFound('catalogue-item-not-found', { vi: 'mục danh mục', en: 'catalogue item' }, key);
    if (updated.affected === 0) throw staleVersion(ITEM, key, dto.version, row.version);
    return { created: false, item: AdminCatalogueItemView.of(row) };
  }

  private async nextSortOrder(kind: string): Promise<number> {
    const result = await this.items.createQueryBuilder('item').select('max(item.sortOrder)', 'max').where('item.kind = :kind', { kind }).getRawOne<{ max: number | null }>();
    return result?.max === null || result?.max === undefined ? 0 : Number(result.max) + 1;
  }
}
